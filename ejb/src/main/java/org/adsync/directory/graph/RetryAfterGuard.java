package org.adsync.directory.graph;

import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.util.function.IntConsumer;

/**
 * Graph may answer a throttled request with {@code Retry-After: 0}; the SDK's retry handler then computes a
 * negative sleep and fails instead of retrying. As a network interceptor this runs before the retry handler sees the
 * response, and makes any such value one second. It also tells the operator's metrics of each answer the retry
 * handler retries (429, 503, 504).
 */
final class RetryAfterGuard implements Interceptor {

    static final String HEADER = "Retry-After";

    private final IntConsumer throttled;

    RetryAfterGuard(IntConsumer throttled) {
        this.throttled = throttled;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() == 429 || response.code() == 503 || response.code() == 504) {
            throttled.accept(response.code());
        }
        String retryAfter = response.header(HEADER);
        if (retryAfter != null && notPositiveSeconds(retryAfter.strip())) {
            return response.newBuilder().header(HEADER, "1").build();
        }
        return response;
    }

    private static boolean notPositiveSeconds(String value) {
        try {
            return Long.parseLong(value) <= 0;
        } catch (NumberFormatException httpDate) {
            return false; // an HTTP date is the retry handler's to read
        }
    }
}
