package org.adsync.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScheduleRulesTest {

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

    @Test
    void theTimerInfoNamesTheOrganizationAndCarriesTheConfiguration() {
        String info = SyncTimerInfo.of(12, "Contoso (EU)");
        assertEquals("AD Sync of Contoso (EU) (configuration 12)", info);
        assertEquals(OptionalLong.of(12), SyncTimerInfo.configurationId(info));
    }

    @Test
    void infoThatIsNotAdsyncsNamesNoConfiguration() {
        assertEquals(OptionalLong.empty(), SyncTimerInfo.configurationId("something else"));
        assertEquals(OptionalLong.empty(), SyncTimerInfo.configurationId(null));
        assertEquals(OptionalLong.empty(), SyncTimerInfo.configurationId(42L));
    }

    private static ScheduledConfiguration configuration(Instant lastStartedAt) {
        return new ScheduledConfiguration(1, "Contoso", true, Duration.ofHours(24), lastStartedAt, null);
    }
}
