package org.adsync.sync;

import java.time.Duration;
import java.time.Instant;

/** What the scheduler needs to know of a configuration, read in one query ({@link SyncScheduleRepository}). */
public record ScheduleState(long configurationId, String organizationName, boolean enabled, Duration interval,
                            Instant lastStartedAt, Instant nextSyncAt) {

    /** One interval after the last sync started; now if it never ran or that time has passed. */
    public Instant nextDue(Instant now) {
        if (lastStartedAt == null) {
            return now;
        }
        Instant due = lastStartedAt.plus(interval);
        return due.isBefore(now) ? now : due;
    }
}
