package org.adsync.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port to the configurations' schedules and run leases. */
public interface SyncScheduleRepository {

    Optional<SyncSchedule> find(long configurationId);

    /** The configuration as the scheduler sees it, in one query. */
    Optional<ScheduleState> state(long configurationId);

    /** Every configuration as the scheduler sees it, in one query. */
    List<ScheduleState> states();

    void add(SyncSchedule schedule);

    void remove(long configurationId);

    /**
     * Takes the lease if no one holds it or it expired, in one conditional update; answers whether it was taken.
     * The update waits for a concurrent one on the same row and then sees its result, so only one caller wins.
     */
    boolean takeLease(long configurationId, String holder, Instant now, Instant expiresAt);

    /** Extends the lease if that holder still has it; answers whether it did. */
    boolean renewLease(long configurationId, String holder, Instant expiresAt);

    /** When the sync holding a live lease started, read from the database as it is now. */
    Optional<Instant> runningSince(long configurationId, Instant now);

    /**
     * The schedule, locked until the caller's transaction ends: no sync can take its lease meanwhile, so what the
     * caller changes is what the next sync starts from.
     */
    Optional<SyncSchedule> lockAgainstNewRuns(long configurationId);

    void runningAttempt(long configurationId, String holder, long attemptId);

    void releaseLease(long configurationId, String holder);

    /**
     * Counts a sync's end (never a preview's): a success is remembered with its time, a failure adds one to the
     * failures in a row, a held sync ends them (the guard worked; the sync did not fail).
     */
    void recordSyncEnded(long configurationId, SyncOutcome outcome, Instant at);

    /** Every schedule row, by configuration, in one query. */
    Map<Long, SyncSchedule> all();

    /** Every configuration as an operator watches it, in one query. */
    List<SyncOperatingState> operatingStates(Instant now);
}
