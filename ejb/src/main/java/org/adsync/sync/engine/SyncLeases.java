package org.adsync.sync.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.sync.AttemptCounts;
import org.adsync.sync.SyncAlreadyRunningException;
import org.adsync.sync.SyncAttempt;
import org.adsync.sync.SyncAttemptRepository;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncConfigurationRepository;
import org.adsync.sync.SyncLease;
import org.adsync.sync.SyncLeaseTakenOver;
import org.adsync.sync.SyncSchedule;
import org.adsync.sync.SyncScheduleRepository;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.UnknownSyncException;

import java.time.Instant;

/** Takes, renews and gives back run leases, each in a transaction of its own so that others see it at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SyncLeases {

    @Inject
    SyncScheduleRepository schedules;

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    SyncAttemptRepository attempts;

    @Inject
    Event<SyncLeaseTakenOver> takenOver;

    /**
     * The lease of that configuration's sync, or SyncAlreadyRunningException when a live one is held. An attempt
     * left running by a server whose lease expired is closed as failed, so the history does not show it running
     * forever.
     */
    public SyncLease take(long configurationId) {
        SyncConfiguration configuration = configurations.findById(configurationId).orElseThrow(
                () -> new UnknownSyncException("No AD Sync configuration " + configurationId));
        Instant now = Instant.now();
        SyncSchedule before = schedules.find(configurationId).orElseGet(() -> {
            SyncSchedule created = new SyncSchedule(configurationId);
            schedules.add(created);
            return created;
        });
        SyncLease lease = new SyncLease(configurationId, now);
        if (!schedules.takeLease(configurationId, lease.holder(), now, now.plus(SyncLease.DURATION))) {
            throw new SyncAlreadyRunningException(configuration.getOrganization().getName(),
                    schedules.runningSince(configurationId, now).orElse(null));
        }
        before.abandonedAttempt(now).flatMap(attempts::findById).ifPresent(abandoned -> {
            close(abandoned, abandoned.getCounts(), "The server running this sync ("
                    + before.getLeaseHolder().map(h -> h.substring(0, Math.max(0, h.indexOf('/')))).orElse("?")
                    + ") stopped, or lost its database connection, before it finished. What it wrote stays "
                    + "consistent; the next sync completes the work.", now);
            takenOver.fire(new SyncLeaseTakenOver(configurationId));
        });
        return lease;
    }

    /**
     * Records the end of a run of this server that could not record it itself (its database was away), and gives
     * back its lease at once: a live server knows its run ended, and need not wait for the lease to expire.
     */
    void closeUnrecorded(long configurationId, DatabaseLoss.UnrecordedEnd end) {
        Instant now = Instant.now();
        attempts.findById(end.attemptId()).filter(attempt -> attempt.getFinishedAt().isEmpty())
                .ifPresent(attempt -> close(attempt, end.counts(), end.reason(), now));
        schedules.releaseLease(configurationId, end.leaseHolder());
    }

    private void close(SyncAttempt attempt, AttemptCounts counts, String reason, Instant now) {
        attempt.failed(counts, reason, now);
        if (attempt.getTrigger() != SyncTrigger.PREVIEW) {
            schedules.recordSyncEnded(attempt.getConfigurationId(), attempt.getOutcome(), now);
        }
    }

    /** Extends the lease; a lease that another server took over (after it expired) stops this run. */
    public void renew(SyncLease lease) {
        Instant now = Instant.now();
        if (!schedules.renewLease(lease.configurationId(), lease.holder(), now.plus(SyncLease.DURATION))) {
            throw new LeaseLostException("This server stopped the sync: its run lease was not renewed in time and "
                    + "another server took the sync over. What was written stays consistent.");
        }
        lease.renewed(now);
    }

    void runningAttempt(SyncLease lease, long attemptId) {
        schedules.runningAttempt(lease.configurationId(), lease.holder(), attemptId);
    }

    public void release(SyncLease lease) {
        schedules.releaseLease(lease.configurationId(), lease.holder());
    }

    /** The run lost its lease; it stops so that two servers do not write the same organization. */
    public static class LeaseLostException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LeaseLostException(String message) {
            super(message);
        }
    }
}
