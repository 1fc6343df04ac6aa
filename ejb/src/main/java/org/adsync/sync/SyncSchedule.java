package org.adsync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * When a configuration syncs next, and who is running it now. The lease columns are only ever changed by the
 * conditional updates of {@link SyncScheduleRepository}, never through this entity, so that two servers cannot
 * both believe they hold it; so are the sync outcome counts, which concurrent transactions write column by column.
 * The next sync's time and the timer's handle belong to the timer, which only {@code SyncTimers} sets.
 */
@Entity
@Table(name = "sync_schedule")
public class SyncSchedule {

    @Id
    @Column(name = "configuration_id")
    private Long configurationId;

    @Column(name = "next_sync_at")
    private Instant nextSyncAt;

    @Column(name = "lease_holder", length = 100, insertable = false, updatable = false)
    private String leaseHolder;

    @Column(name = "lease_expires_at", insertable = false, updatable = false)
    private Instant leaseExpiresAt;

    @Column(name = "running_since", insertable = false, updatable = false)
    private Instant runningSince;

    @Column(name = "running_attempt_id", insertable = false, updatable = false)
    private Long runningAttemptId;

    // mapped for the operators' queries (SyncScheduleRepository.operatingStates), written by recordSyncEnded
    @Column(name = "last_succeeded_at", insertable = false, updatable = false)
    private Instant lastSucceededAt;

    @Column(name = "failures_in_a_row", insertable = false, updatable = false)
    private int failuresInARow;

    @Column(name = "timer_handle", length = 4000)
    private String timerHandle;

    protected SyncSchedule() {
        // for JPA
    }

    public SyncSchedule(long configurationId) {
        this.configurationId = configurationId;
    }

    /** The configuration's timer now: when it fires and its handle (both null: it has none). */
    public void timerSet(Instant at, String handle) {
        this.nextSyncAt = at;
        this.timerHandle = handle;
    }

    /** The configuration's current timer, as {@code SyncTimers} stored it (a serialized handle in Base64). */
    public Optional<String> getTimerHandle() {
        return Optional.ofNullable(timerHandle);
    }

    public long getConfigurationId() {
        return configurationId;
    }

    public Optional<Instant> getNextSyncAt() {
        return Optional.ofNullable(nextSyncAt);
    }

    /** The attempt of a sync whose server stopped holding the lease without finishing it. */
    public Optional<Long> abandonedAttempt(Instant now) {
        return leaseExpiresAt != null && !leaseExpiresAt.isAfter(now) ? Optional.ofNullable(runningAttemptId)
                : Optional.empty();
    }

    /** When the sync holding a live lease started. */
    public Optional<Instant> runningSince(Instant now) {
        return leaseExpiresAt != null && leaseExpiresAt.isAfter(now) ? Optional.ofNullable(runningSince)
                : Optional.empty();
    }

    public Optional<String> getLeaseHolder() {
        return Optional.ofNullable(leaseHolder);
    }
}
