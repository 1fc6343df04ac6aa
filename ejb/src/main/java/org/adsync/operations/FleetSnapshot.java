package org.adsync.operations;

import org.adsync.sync.SyncOperatingState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The syncs and their timers at one instant: what the readiness checks judge and the gauges show.
 *
 * @param enabledSyncs  configurations that sync on a schedule
 * @param timers        timers of configurations, whether enabled or not
 * @param missingTimers enabled configurations without a timer: their syncs would never run
 * @param extraTimers   timers beyond one per configuration (stale duplicates, or a disabled one's)
 * @param failing       enabled syncs that failed their last {@value #FAILING_AFTER} attempts in a row
 */
public record FleetSnapshot(Instant takenAt, List<SyncOperatingState> syncs, int enabledSyncs, int timers,
                            int missingTimers, int extraTimers, int running, long conflicts, int failing) {

    /** Failed attempts in a row after which a sync counts as failing. */
    public static final int FAILING_AFTER = 3;

    public static FleetSnapshot of(Instant takenAt, List<SyncOperatingState> syncs, Map<Long, Integer> timersBySync) {
        int enabled = 0;
        int missing = 0;
        int extra = 0;
        int running = 0;
        long conflicts = 0;
        int failing = 0;
        for (SyncOperatingState sync : syncs) {
            int own = timersBySync.getOrDefault(sync.configurationId(), 0);
            if (sync.enabled()) {
                enabled++;
                missing += own == 0 ? 1 : 0;
                extra += Math.max(0, own - 1);
                failing += sync.failuresInARow() >= FAILING_AFTER ? 1 : 0;
            } else {
                extra += own;
            }
            running += sync.running() ? 1 : 0;
            conflicts += sync.conflicts();
        }
        int timers = timersBySync.values().stream().mapToInt(Integer::intValue).sum();
        return new FleetSnapshot(takenAt, List.copyOf(syncs), enabled, timers, missing, extra, running, conflicts,
                failing);
    }

    /** Seconds since the sync last succeeded; infinite if it never did. */
    static double secondsSinceSuccess(SyncOperatingState sync, Instant now) {
        return sync.lastSucceededAt() == null ? Double.POSITIVE_INFINITY
                : Duration.between(sync.lastSucceededAt(), now).toMillis() / 1000.0;
    }
}
