package org.adsync.it.api;

import jakarta.json.JsonObject;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits on conditions seen through the API (Awaitility); never a fixed sleep that could be too short. */
public final class Polling {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Polling() {
    }

    /** Polls until the condition holds, failing after a minute with the last value seen. */
    public static <T> T await(Supplier<T> read, Predicate<T> condition) {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(read::get,
                condition::test);
    }

    /** The attempt at that path once it is no longer running. */
    public static JsonObject awaitFinished(ApiClient client, String attemptPath) {
        return await(() -> client.get(attemptPath).object(), a -> !"RUNNING".equals(a.getString("outcome")));
    }
}
