package org.adsync.operations;

import org.adsync.sync.SyncOperatingState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the readiness check and the gauges report of the syncs and their timers. */
class FleetSnapshotTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void anEnabledSyncWithoutATimerIsMissingOneAndTimersBeyondOneAreExtra() {
        FleetSnapshot fleet = FleetSnapshot.of(NOW, List.of(sync(1, true, 0), sync(2, true, 0), sync(3, false, 0)),
                Map.of(1L, 2, 3L, 1));
        assertEquals(2, fleet.enabledSyncs());
        assertEquals(3, fleet.timers());
        assertEquals(1, fleet.missingTimers(), "sync 2 would never run");
        assertEquals(2, fleet.extraTimers(), "sync 1's duplicate and the disabled sync 3's timer");
    }

    @Test
    void onlyEnabledSyncsThatFailedThreeTimesInARowCountAsFailing() {
        FleetSnapshot fleet = FleetSnapshot.of(NOW, List.of(sync(1, true, 3), sync(2, true, 2), sync(3, false, 9)),
                Map.of(1L, 1, 2L, 1));
        assertEquals(1, fleet.failing());
    }

    @Test
    void aSyncThatNeverSucceededIsInfinitelyOld() {
        SyncOperatingState never = sync(1, true, 0);
        SyncOperatingState anHourAgo = new SyncOperatingState(2, 20, "Fabrikam", true, NOW.minusSeconds(3600), 0, 0,
                false);
        assertEquals(Double.POSITIVE_INFINITY, FleetSnapshot.secondsSinceSuccess(never, NOW));
        assertEquals(3600.0, FleetSnapshot.secondsSinceSuccess(anHourAgo, NOW));
    }

    private static SyncOperatingState sync(long id, boolean enabled, int failuresInARow) {
        return new SyncOperatingState(id, id * 10, "Organization " + id, enabled, null, failuresInARow, 0, false);
    }
}
