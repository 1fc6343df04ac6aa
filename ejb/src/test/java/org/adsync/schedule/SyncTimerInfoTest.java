package org.adsync.schedule;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SyncTimerInfoTest {

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
}
