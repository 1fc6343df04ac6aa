package org.adsync.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.schedule.SyncTimers;
import org.adsync.sync.SyncScheduleRepository;

import java.time.Duration;
import java.time.Instant;

/**
 * Every sync's state and every timer, taken at most every {@link #MAX_AGE} for the readiness checks and the
 * gauges: with thousands of organizations, listing the timers reads all of them from the timer store.
 */
@ApplicationScoped
public class OperatingPicture {

    static final Duration MAX_AGE = Duration.ofSeconds(15);

    @Inject
    SyncScheduleRepository schedules;

    @Inject
    SyncTimers timers;

    private volatile FleetSnapshot last;

    /** The latest snapshot, taken anew when older than {@link #MAX_AGE}. */
    @Transactional
    public FleetSnapshot current() {
        FleetSnapshot snapshot = last;
        return snapshot != null && !snapshot.takenAt().plus(MAX_AGE).isBefore(Instant.now()) ? snapshot : fresh();
    }

    /** A snapshot taken now: before a check says something is wrong, it looks again. */
    @Transactional
    public FleetSnapshot fresh() {
        Instant now = Instant.now();
        // the syncs first: a sync saved in between has its timer counted, not reported missing
        FleetSnapshot snapshot = FleetSnapshot.of(now, schedules.operatingStates(now), timers.timerCounts());
        last = snapshot;
        return snapshot;
    }
}
