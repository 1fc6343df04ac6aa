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
 * both believe they hold it.
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

    protected SyncSchedule() {
        // for JPA
    }

    public SyncSchedule(long configurationId) {
        this.configurationId = configurationId;
    }

    public void nextSyncAt(Instant at) {
        this.nextSyncAt = at;
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
