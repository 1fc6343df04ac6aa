package org.adsync.schedule;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which timer is the one set for the next sync, when the timer store keeps whole seconds. */
class SyncTimersTest {

    private static final Instant SCHEDULED = Instant.parse("2026-12-01T03:16:31.926365Z");

    @Test
    void aTimerLoadedFromTheDatabaseStoreIsTheOneSetForThatTimeThoughItLostItsMilliseconds() {
        assertTrue(SyncTimers.sameDue(Instant.parse("2026-12-01T03:16:31Z"), SCHEDULED));
        assertTrue(SyncTimers.sameDue(Instant.parse("2026-12-01T03:16:31.926Z"), SCHEDULED));
    }

    @Test
    void aTimerDueAtAnotherTimeIsNot() {
        assertFalse(SyncTimers.sameDue(Instant.parse("2026-12-01T03:16:30Z"), SCHEDULED));
        assertFalse(SyncTimers.sameDue(Instant.parse("2026-12-01T04:16:31Z"), SCHEDULED));
    }
}
