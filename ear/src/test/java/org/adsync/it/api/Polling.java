package org.adsync.it.api;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waits on conditions seen through the API; never a fixed sleep that could be too short on a slow machine. */
public final class Polling {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Polling() {
    }

    /** Polls until the condition holds, failing after a minute with the last value seen. */
    public static <T> T await(Supplier<T> read, Predicate<T> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            T value = read.get();
            if (condition.test(value)) {
                return value;
            }
            assertTrue(Instant.now().isBefore(deadline), "waited in vain; last seen: " + value);
            Thread.sleep(100);
        }
    }

    /** The attempt at that path once it is no longer running. */
    public static JsonObject awaitFinished(ApiClient client, String attemptPath) throws InterruptedException {
        return await(() -> client.get(attemptPath).object(), a -> !"RUNNING".equals(a.getString("outcome")));
    }
}
