package org.adsync.api.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.adsync.api.problem.BodyTooLargeException;
import org.adsync.api.problem.Problems;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@value BodyTooLargeException#MAX_BYTES} bytes (a CSV import's over
 * {@value BodyTooLargeException#MAX_CSV_BYTES}) with 413, before anything reads them.
 * A body that announces no length is cut off while it is read.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyLimit implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = isCsv(request.getMediaType()) ? BodyTooLargeException.MAX_CSV_BYTES
                : BodyTooLargeException.MAX_BYTES;
        if (request.getLength() > limit) {
            request.abortWith(Problems.response(BodyTooLargeException.problem()));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    private static boolean isCsv(MediaType type) {
        return type != null && "text".equalsIgnoreCase(type.getType()) && "csv".equalsIgnoreCase(type.getSubtype());
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
