package org.adsync.sync;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScheduleStateTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:02:00Z");

    @Test
    void aSyncThatNeverRanIsDueNow() {
        assertEquals(NOW, configuration(null).nextDue(NOW));
    }

    @Test
    void theNextSyncIsOneIntervalAfterTheLastOneStarted() {
        Instant last = NOW.minus(Duration.ofHours(3));
        assertEquals(last.plus(Duration.ofHours(24)), configuration(last).nextDue(NOW));
    }

    @Test
    void anOverdueSyncIsDueNowNotInThePast() {
        assertEquals(NOW, configuration(NOW.minus(Duration.ofDays(3))).nextDue(NOW));
    }

    private static ScheduleState configuration(Instant lastStartedAt) {
        return new ScheduleState(1, "Contoso", true, Duration.ofHours(24), lastStartedAt, null);
    }
}
