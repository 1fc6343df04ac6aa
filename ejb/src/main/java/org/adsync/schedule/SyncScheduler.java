package org.adsync.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.platform.ClusterTasks;
import org.adsync.platform.DatabaseFaults;
import org.adsync.sync.ScheduleState;
import org.adsync.sync.SyncAlreadyRunningException;
import org.adsync.sync.SyncConfigurationRemoved;
import org.adsync.sync.SyncConfigurationSaved;
import org.adsync.sync.SyncScheduleRepository;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.UnknownSyncException;
import org.adsync.sync.admin.PreviewPlans;
import org.adsync.sync.admin.SyncRequest;
import org.adsync.sync.engine.AttemptLog;
import org.adsync.sync.engine.RunningSync;
import org.adsync.sync.engine.SyncEngine;
import org.adsync.sync.engine.SyncPlan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides when each configuration syncs: right after it is first saved as enabled, then one interval after the
 * last sync started, whether that one was scheduled or forced. The timers themselves are {@link SyncTimers}.
 */
@ApplicationScoped
public class SyncScheduler {

    /** A timer that fires this much before the stored next sync is a stale duplicate, not the current timer. */
    private static final Duration STALE_TIMER = Duration.ofSeconds(30);
    /** The database timer store keeps whole seconds: a timer may be due up to a second before the run it began. */
    private static final Duration LATE_TIMER_SLACK = Duration.ofSeconds(1);
    /** A timer check another server of the cluster did this recently stands for this server's. */
    static final Duration TIMER_CHECK_SHARED = Duration.ofMinutes(5);
    /** After a failure that prevented even starting a sync (the database was away, say), try again this soon. */
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger(SyncScheduler.class.getName());

    @Inject
    SyncTimers timers;

    @Inject
    SyncScheduleRepository schedules;

    @Inject
    SyncEngine engine;

    @Inject
    AttemptLog attemptLog;

    @Inject
    BackgroundSyncs background;

    @Inject
    AuditLog audit;

    @Inject
    PreviewPlans previewPlans;

    @Inject
    ClusterTasks clusterTasks;

    /** Keeps the timer in step with a saved configuration, in the transaction that saves it. */
    void saved(@Observes SyncConfigurationSaved event) {
        schedules.state(event.configurationId()).ifPresent(configuration -> {
            if (configuration.enabled()) {
                timers.schedule(configuration.configurationId(), configuration.organizationName(),
                        configuration.nextDue(Instant.now()));
            } else {
                timers.cancel(configuration.configurationId());
            }
        });
    }

    void removed(@Observes SyncConfigurationRemoved event) {
        timers.cancel(event.configurationId());
    }

    /**
     * Force Sync: starts a sync now in the background and answers its attempt's id at once; the next scheduled
     * sync moves to one interval after this one. A disabled sync runs once, a controlled first run before the
     * schedule is switched on, and stays off. SyncAlreadyRunningException while one runs.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long forceSync(long configurationId) {
        return forceSync(configurationId, false);
    }

    /**
     * Force Sync, reading every user if {@code full}, not only what changed since the last read (an Active
     * Directory's or Entra ID's delta): for an admin who doubts the delta, or wants users re-read after a fix.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long forceSync(long configurationId, boolean full) {
        ScheduleState configuration = schedules.state(configurationId).orElseThrow(
                () -> new UnknownSyncException("No AD Sync configuration " + configurationId));
        if (full) {
            attemptLog.requireFullRead(configurationId, "an admin asked for a full sync");
        }
        RunningSync running = engine.begin(configurationId, SyncTrigger.FORCED);
        String oneOff = configuration.enabled() ? null : "A one-off sync of a disabled sync; the schedule stays off";
        audited(AuditKind.SYNC_FORCED, running, full ? "A full sync" + (oneOff == null ? "" : ". " + oneOff)
                : oneOff);
        if (!configuration.enabled()) {
            background.execute(running);
            return running.attemptId();
        }
        try {
            timers.schedule(configurationId, configuration.organizationName(),
                    running.startedAt().plus(configuration.interval()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not move the next sync of " + configuration.organizationName()
                    + "; it stays as it was", e);
        }
        background.execute(running);
        return running.attemptId();
    }

    /**
     * Preview: starts a dry run now in the background and answers its attempt's id at once. It writes no contact,
     * user, mapping or delta state, and leaves the schedule as it is. SyncAlreadyRunningException while a sync or
     * another preview of the organization runs.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long preview(long configurationId) {
        RunningSync running = engine.begin(configurationId, SyncTrigger.PREVIEW);
        audited(AuditKind.SYNC_PREVIEWED, running, null);
        background.execute(running);
        return running.attemptId();
    }

    /**
     * Preview of settings typed in but not saved: as {@link #preview(long)}, with those settings (checked as Save
     * checks them; a stored secret only under the rule Test Connection follows).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long preview(long configurationId, SyncRequest typed) {
        RunningSync running = engine.beginPreview(configurationId, previewPlans.planFor(configurationId, typed));
        audited(AuditKind.SYNC_PREVIEWED, running, "Of settings typed in, not saved");
        background.execute(running);
        return running.attemptId();
    }

    /**
     * Approve: applies a held sync now, in the background, allowed to deactivate the contacts it listed and no
     * others; answers the new attempt's id. Refused (HoldNotApprovableException) unless that attempt is the latest
     * run, held with the settings as they are now, and not rejected.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long approve(long configurationId, long heldAttemptId, String admin) {
        RunningSync running = engine.beginApproved(configurationId, heldAttemptId, admin);
        audited(AuditKind.SYNC_APPROVED, running, "Approved the held sync of attempt " + heldAttemptId
                + ": it may deactivate the " + running.approval().contactIds().size() + " contacts it listed");
        background.execute(running);
        return running.attemptId();
    }

    /** Reject: the held attempt can no longer be approved; nothing runs. Refused as {@link #approve} is. */
    public void reject(long configurationId, long heldAttemptId, String admin) {
        attemptLog.reject(configurationId, heldAttemptId, admin);
    }

    /** Recorded once the run has begun: a refused one (already running, say) did not happen. */
    private void audited(AuditKind kind, RunningSync running, String details) {
        SyncPlan plan = running.plan();
        audit.record(kind, AuditTarget.sync(plan.organizationId(), plan.organizationName(), plan.configurationId()),
                null, (details == null ? "" : details + ". ") + "Attempt " + running.attemptId());
    }

    /** The configuration's timers' next timeouts, earliest first: what the timer service really holds. */
    public List<Instant> timers(long configurationId) {
        return timers.nextTimeouts(configurationId);
    }

    /**
     * The timer's sync: never throws, so that the timer service has nothing to retry. A timer that is not the one
     * the schedule knows (a duplicate left by a cluster node or a restore) and fires well before the known next
     * sync does nothing; the known timer runs whenever it fires, or when an operator triggers it early.
     *
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void runScheduled(@Observes ScheduledSyncDue due) {
        long configurationId = due.configurationId();
        Instant timerDue = due.timerDue();
        ScheduleState configuration = null;
        try {
            configuration = schedules.state(configurationId).orElse(null);
            if (configuration == null || !configuration.enabled()) {
                timers.cancel(configurationId);
                return;
            }
            if (ranSince(configuration, timerDue)) {
                Instant ranAt = configuration.lastStartedAt();
                LOG.info(() -> "Ignored a late timer of configuration " + configurationId + " (due " + timerDue
                        + "): the sync ran after that, at " + ranAt);
                return;
            }
            Instant now = Instant.now();
            Instant next = configuration.nextSyncAt();
            boolean knownTimer = timerDue != null && next != null && SyncTimers.sameDue(timerDue, next);
            if (!knownTimer && next != null && next.isAfter(now.plus(STALE_TIMER))) {
                LOG.info(() -> "Ignored a stale timer of configuration " + configurationId + " (due " + timerDue
                        + "); its next sync is at " + next);
                return;
            }
            RunningSync running;
            try {
                running = engine.begin(configurationId, configuration.lastStartedAt() == null
                        ? SyncTrigger.FIRST : SyncTrigger.SCHEDULED);
            } catch (SyncAlreadyRunningException e) {
                LOG.info(() -> e.getMessage() + " The running sync has scheduled the next one.");
                return;
            }
            timers.scheduleNext(configurationId, configuration.organizationName(),
                    running.startedAt().plus(configuration.interval()));
            engine.execute(running);
        } catch (Exception e) { // also the undeclared RollbackException of a failed commit: a timeout never throws
            if (DatabaseFaults.causedBy(e)) {
                LOG.warning(() -> "The scheduled sync of configuration " + configurationId + " waits for the "
                        + "database, which cannot be reached; it runs once the database is back");
                timers.retryWhenDatabaseBack(configurationId);
                return;
            }
            LOG.log(Level.SEVERE, "The scheduled sync of configuration " + configurationId + " did not run", e);
            retryLater(configurationId, configuration);
        }
    }

    /**
     * Whether the sync started after the timer was due: the run it was set for happened already (a timer WildFly
     * runs late, after the database timer store was away and the sync ran from a retry or a repaired timer).
     */
    private static boolean ranSince(ScheduleState configuration, Instant timerDue) {
        return timerDue != null && configuration.lastStartedAt() != null
                && timerDue.plus(LATE_TIMER_SLACK).isBefore(configuration.lastStartedAt());
    }

    /**
     * Repairs missing and duplicate timers (at startup: after a redeploy, a restore, a renamed deployment). One
     * server of a cluster at a time, and once for servers started together: the timers are shared through the
     * database timer store, and a server does not see the timers another created a moment ago, so it would create
     * them again. A server that finds the check done by another within {@link #TIMER_CHECK_SHARED} leaves it.
     */
    @Transactional
    public SyncTimers.TimerRepair repairTimers() {
        String server = System.getProperty("jboss.node.name", "adsync");
        Instant now = Instant.now();
        ClusterTasks.LastRun last = clusterTasks.hold(ClusterTasks.TIMER_CHECK);
        if (last.byAnotherSince(server, now.minus(TIMER_CHECK_SHARED))) {
            return SyncTimers.TimerRepair.doneBy(last.server());
        }
        SyncTimers.TimerRepair repair = timers.repair(schedules.states(), now);
        clusterTasks.done(ClusterTasks.TIMER_CHECK, server, Instant.now());
        return repair;
    }

    private void retryLater(long configurationId, ScheduleState configuration) {
        if (configuration == null) {
            return;
        }
        try {
            timers.schedule(configurationId, configuration.organizationName(), // rare: may replace the next one
                    Instant.now().plus(RETRY_AFTER_FAILURE));
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not schedule the next sync of " + configuration.organizationName()
                    + "; the timer check at the next start will", e);
        }
    }
}
