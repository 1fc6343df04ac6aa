package org.adsync.sync.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.directory.CertificateObservation;
import org.adsync.sync.AttemptCounts;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.ContactChangeRepository;
import org.adsync.sync.DirectoryUserTotals;
import org.adsync.sync.HoldNotApprovableException;
import org.adsync.sync.SyncAttempt;
import org.adsync.sync.SyncAttemptEnded;
import org.adsync.sync.SyncAttemptRepository;
import org.adsync.sync.SyncAttemptStarted;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncConfigurationRepository;
import org.adsync.sync.SyncLease;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncScheduleRepository;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.UnknownSyncException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Records attempts and what a connection showed, each in a transaction of its own so that it survives a failure.
 * Each organization keeps its latest {@value #DEFAULT_ATTEMPTS_KEPT} attempts (the system property
 * {@value #ATTEMPTS_KEPT_PROPERTY} changes that, but never below the {@value SyncAttempt#STATUS_HISTORY}
 * that the Status (Last 10) column shows).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AttemptLog {

    private static final Logger LOG = Logger.getLogger(AttemptLog.class.getName());

    public static final String ATTEMPTS_KEPT_PROPERTY = "adsync.sync.attempts-kept";
    static final int DEFAULT_ATTEMPTS_KEPT = 100;

    @Inject
    SyncAttemptRepository attempts;

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    SyncLeases leases;

    @Inject
    ContactChangeRepository contactChanges;

    @Inject
    SyncScheduleRepository schedules;

    @Inject
    DirectoryUserTotals userTotals;

    @Inject
    AuditLog audit;

    @Inject
    Event<SyncAttemptStarted> started;

    @Inject
    Event<SyncAttemptEnded> ended;

    /** The window of users and contacts a run that read only the changes must reconcile; empty: every user. */
    public Optional<ChangedSince> changedSinceLastSuccess(long configurationId) {
        return ChangedSince.lastSuccess(attempts.lastSucceeded(configurationId));
    }

    /** The plan of the run that holds the lease, and its attempt, now recorded as running. */
    public Started start(SyncLease lease, SyncTrigger trigger) {
        SyncConfiguration configuration = configurationOf(lease);
        SyncAttempt attempt = attempts.add(new SyncAttempt(configuration.getId(), trigger, Instant.now()));
        leases.runningAttempt(lease, attempt.getId());
        started.fire(new SyncAttemptStarted(configuration.getId(), trigger));
        return new Started(attempt.getId(), attempt.getStartedAt(), SyncPlan.of(configuration), null);
    }

    /**
     * The run that applies a held attempt an admin approved: it may deactivate the contacts that attempt listed, and
     * no others. Refused unless that attempt can still be approved ({@link SyncAttempt#whyNotApprovable}).
     */
    public Started startApproved(SyncLease lease, long heldAttemptId, String admin) {
        SyncConfiguration configuration = configurationOf(lease);
        SyncAttempt held = approvableHold(configuration, heldAttemptId);
        Approval approval = new Approval(held.getId(), contactChanges.contactsChanged(held.getId(),
                ContactChangeKind.DEACTIVATED));
        SyncAttempt attempt = attempts.add(new SyncAttempt(configuration.getId(), SyncTrigger.APPROVED,
                Instant.now()));
        attempt.approvedBy(admin, approval.contactIds().size());
        leases.runningAttempt(lease, attempt.getId());
        started.fire(new SyncAttemptStarted(configuration.getId(), SyncTrigger.APPROVED));
        return new Started(attempt.getId(), attempt.getStartedAt(), SyncPlan.of(configuration), approval);
    }

    /**
     * Rejects (dismisses) a held attempt: it can no longer be approved, nothing is written, and the next sync decides
     * afresh (and holds again if it would still deactivate as many). Audited.
     */
    public void reject(long configurationId, long heldAttemptId, String admin) {
        SyncConfiguration configuration = configurations.findById(configurationId).orElseThrow(
                () -> new UnknownSyncException("No AD Sync configuration " + configurationId));
        SyncAttempt held = approvableHold(configuration, heldAttemptId);
        held.reject(admin, Instant.now());
        audit.record(AuditKind.SYNC_HOLD_REJECTED, AuditTarget.sync(configuration.getOrganization().getId(),
                configuration.getOrganization().getName(), configurationId), null, "Rejected the held sync of "
                + "attempt " + heldAttemptId + ", which would have deactivated " + held.getHeldDeactivations()
                .orElse(0) + " contacts");
    }

    /** The configuration's held attempt, if it can be approved or rejected now; otherwise why not. */
    SyncAttempt approvableHold(SyncConfiguration configuration, long heldAttemptId) {
        SyncAttempt held = attempts.findById(heldAttemptId)
                .filter(a -> a.getConfigurationId() == configuration.getId() && a.getTrigger() != SyncTrigger.PREVIEW)
                .orElseThrow(() -> new UnknownSyncException("No sync attempt " + heldAttemptId + " of this AD Sync"));
        boolean latest = attempts.latest(configuration.getId(), 1).stream()
                .anyMatch(a -> a.getId().equals(held.getId()));
        held.whyNotApprovable(latest, configuration.getVersion()).ifPresent(reason -> {
            throw new HoldNotApprovableException(reason);
        });
        return held;
    }

    /**
     * Ends a run that wrote nothing because it would have deactivated more contacts than allowed. A run held like
     * the one before it says so instead of raising the alarm anew.
     */
    public void held(RunningSync running, AttemptCounts counts, int wouldDeactivate, String reason) {
        SyncAttempt attempt = attempts.findById(running.attemptId()).orElseThrow();
        List<SyncAttempt> lastTwo = attempts.latest(attempt.getConfigurationId(), 2);
        boolean heldBefore = lastTwo.size() == 2 && lastTwo.get(1).getOutcome() == SyncOutcome.HELD;
        if (!heldBefore) {
            LOG.warning(() -> "The sync of " + running.plan().organizationName() + " was held: " + reason);
            SyncPlan plan = running.plan();
            audit.record(AuditKind.SYNC_HELD, AuditTarget.sync(plan.organizationId(), plan.organizationName(),
                    plan.configurationId()), null, "Attempt " + attempt.getId() + " would deactivate "
                    + wouldDeactivate + " contacts");
        }
        attempt.held(counts, wouldDeactivate, (heldBefore ? "Still held, as the sync before. " : "") + reason,
                running.plan().settingsVersion(), Instant.now());
        attemptEnded(attempt, running.lease());
    }

    private SyncConfiguration configurationOf(SyncLease lease) {
        long configurationId = lease.configurationId();
        return configurations.findById(configurationId).orElseThrow(
                () -> new UnknownSyncException("No AD Sync configuration " + configurationId));
    }

    /** Shows a running attempt's counts so far; a no-op once it ended. */
    public void progress(long attemptId, AttemptCounts soFar) {
        attempts.findById(attemptId).ifPresent(attempt -> attempt.progress(soFar));
    }

    public void succeeded(RunningSync running, AttemptCounts counts, String summary) {
        SyncAttempt attempt = attempts.findById(running.attemptId()).orElseThrow();
        attempt.succeeded(counts, summary, Instant.now());
        attemptEnded(attempt, running.lease());
    }

    public void failed(RunningSync running, AttemptCounts counts, String reason) {
        SyncAttempt attempt = attempts.findById(running.attemptId()).orElseThrow();
        attempt.failed(counts, reason, Instant.now());
        attemptEnded(attempt, running.lease());
    }

    /** How many users the configuration's last complete sync read, if one did. */
    public Optional<Integer> usersReadLastTime(long configurationId) {
        return attempts.lastSucceeded(configurationId).map(attempt -> attempt.getCounts().read());
    }

    static int attemptsKept() {
        return Math.max(SyncAttempt.STATUS_HISTORY,
                Integer.getInteger(ATTEMPTS_KEPT_PROPERTY, DEFAULT_ATTEMPTS_KEPT));
    }

    /**
     * Records the certificate seen at a connection. Written without the version check: it is a fact of the latest
     * connection, and must not fail a sync because an admin saved the settings or tested the connection meanwhile.
     */
    public void certificateSeen(long configurationId, CertificateObservation certificate) {
        configurations.recordCertificate(configurationId, certificate, Instant.now());
    }

    /**
     * Where the next Entra ID read may continue from (null: nowhere, the next read is full), if the settings are
     * still those the run read with.
     */
    public void deltaLinkReached(SyncPlan plan, String deltaLink) {
        if (!configurations.recordDeltaLink(plan.configurationId(), deltaLink, plan.settingsVersion())) {
            LOG.info(() -> "The settings of " + plan.organizationName() + " were saved during its sync: the next "
                    + "sync reads every user");
        }
    }

    /** Makes the configuration's next read a full one, for that reason (an admin asked for a full sync). */
    public void requireFullRead(long configurationId, String reason) {
        configurations.requireFullRead(configurationId, reason);
    }

    /**
     * Gives the lease back in the transaction that shows the attempt ended, so whoever sees it ended can force the
     * next sync at once. A failed attempt refreshes the counts too: its batches that committed changed users.
     */
    private void attemptEnded(SyncAttempt attempt, SyncLease lease) {
        Instant finishedAt = attempt.getFinishedAt().orElseGet(Instant::now);
        if (attempt.getTrigger() != SyncTrigger.PREVIEW) {
            schedules.recordSyncEnded(attempt.getConfigurationId(), attempt.getOutcome(), finishedAt);
        }
        ended.fire(new SyncAttemptEnded(attempt.getConfigurationId(), attempt.getTrigger(), attempt.getOutcome(),
                Duration.between(attempt.getStartedAt(), finishedAt), attempt.getCounts().copy()));
        attempts.removeAllButLatest(attempt.getConfigurationId(), attemptsKept());
        userTotals.refresh(attempt.getConfigurationId());
        schedules.releaseLease(lease.configurationId(), lease.holder());
    }

    /** A run recorded as started; {@code approval} is set for a held sync an admin approved. */
    public record Started(long attemptId, Instant startedAt, SyncPlan plan, Approval approval) {
    }
}
