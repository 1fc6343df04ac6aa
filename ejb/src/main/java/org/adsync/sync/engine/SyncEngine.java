package org.adsync.sync.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.adsync.directory.Directories;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.DirectoryException;
import org.adsync.directory.DirectoryFailure;
import org.adsync.directory.DirectorySource;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.PageHandler;
import org.adsync.directory.ReadResult;
import org.adsync.platform.TableStatistics;
import org.adsync.secret.SecretUnreadableException;
import org.adsync.sync.AttemptCounts;
import org.adsync.sync.SecretExpiry;
import org.adsync.sync.SyncLease;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.UnsafeCharacters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one sync of one configuration, for any kind of directory: read the users in scope page by page into the
 * snapshot; only after a complete read, mark the users not seen as gone (an incremental read names those who left
 * instead); hold the run if it would deactivate more contacts than allowed ({@link DeactivationGuard}); then
 * reconcile every directory user with its contact in batches. Every attempt is recorded with its counts and what it
 * did to each contact, and a failure at any point leaves what was already committed consistent; nothing is
 * deactivated unless the read was complete. A preview goes through the same steps on a scratch copy of the users
 * ({@link PreviewScratch}) and writes no contact. A run holds the configuration's lease from {@link #begin} until
 * its attempt is recorded as ended, so one organization never has two syncs at once, in this server or in the
 * cluster, and a sync seen to have ended can be forced again at once.
 */
@ApplicationScoped
public class SyncEngine {

    public static final int BATCH_SIZE = 500;
    /** A read (or a creation of contacts) this large may change a table enough to mislead the database's planner. */
    private static final int BULK_READ = 10_000;

    private static final Logger LOG = Logger.getLogger(SyncEngine.class.getName());

    @Inject
    AttemptLog attemptLog;

    @Inject
    Event<DirectoryFailure> directoryFailed;

    @Inject
    SnapshotWriter snapshot;

    @Inject
    BatchReconciler reconcile;

    @Inject
    DirectorySources sources;

    @Inject
    Directories directories;

    @Inject
    SyncLeases leases;

    @Inject
    PreviewScratch scratch;

    @Inject
    DeactivationGuard guard;

    @Inject
    TableStatistics statistics;

    @Inject
    DatabaseLoss databaseLoss;

    /** Runs now, in the caller's thread, and answers the attempt's id; SyncAlreadyRunningException if one runs. */
    public long run(long configurationId, SyncTrigger trigger) {
        RunningSync running = begin(configurationId, trigger);
        execute(running);
        return running.attemptId();
    }

    /**
     * Takes the lease and records the attempt (a sync, or with {@link SyncTrigger#PREVIEW} a preview) as running;
     * SyncAlreadyRunningException if a sync or preview of the organization runs already.
     */
    public RunningSync begin(long configurationId, SyncTrigger trigger) {
        return begin(configurationId, trigger, lease -> attemptLog.start(lease, trigger));
    }

    /**
     * Begins a preview of settings typed in but not saved (planned by the services' {@code PreviewPlans}), of that
     * configuration's users.
     */
    public RunningSync beginPreview(long configurationId, SyncPlan typed) {
        return begin(configurationId, SyncTrigger.PREVIEW, lease -> {
            AttemptLog.Started started = attemptLog.start(lease, SyncTrigger.PREVIEW);
            return new AttemptLog.Started(started.attemptId(), started.startedAt(), typed, null);
        });
    }

    /** Begins the sync that applies a held attempt an admin approved (see {@link AttemptLog#startApproved}). */
    public RunningSync beginApproved(long configurationId, long heldAttemptId, String admin) {
        return begin(configurationId, SyncTrigger.APPROVED,
                lease -> attemptLog.startApproved(lease, heldAttemptId, admin));
    }

    private RunningSync begin(long configurationId, SyncTrigger trigger,
                              java.util.function.Function<SyncLease, AttemptLog.Started> start) {
        databaseLoss.takeUnrecorded(configurationId).ifPresent(end -> {
            try {
                leases.closeUnrecorded(configurationId, end);
            } catch (RuntimeException e) {
                databaseLoss.keepUnrecorded(configurationId, end);
                throw e;
            }
        });
        SyncLease lease = leases.take(configurationId);
        try {
            AttemptLog.Started started = start.apply(lease);
            return new RunningSync(started.attemptId(), started.startedAt(), started.plan(), lease, trigger,
                    started.approval());
        } catch (Exception e) {
            leases.release(lease);
            throw e;
        }
    }

    /**
     * Runs a begun sync or preview to its end, never throwing: a failure becomes the attempt's message, and a
     * failure of the database is waited out to be recorded ({@link DatabaseLoss}).
     */
    public void execute(RunningSync running) {
        AttemptCounts counts = new AttemptCounts();
        try {
            if (running.preview()) {
                preview(running, counts);
            } else {
                sync(running, ReconcileRun.sync(running.plan(), running.attemptId(), running.approval()), counts);
            }
        } catch (Exception e) { // the database failed while the end of the run was recorded
            if (!DatabaseLoss.isDatabaseFault(e)) {
                LOG.log(Level.SEVERE, "Could not record the end of the sync of " + running.plan().organizationName(),
                        e);
            } else {
                databaseLoss.ended(running, counts, e);
            }
        } finally { // the attempt's end gave the lease back already, unless recording that end failed
            try {
                leases.release(running.lease());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not give back the run lease of " + running.plan().organizationName()
                        + "; it expires by itself, or this server's next sync of it gives it back", e);
            }
        }
    }

    /** A sync's very steps on a scratch copy of the users, with contacts only looked at; the copy is dropped. */
    private void preview(RunningSync running, AttemptCounts counts) {
        long setId;
        try {
            setId = scratch.copy(running.plan().configurationId(), running.plan().directoryType());
        } catch (Exception e) {
            if (DatabaseLoss.isDatabaseFault(e)) {
                databaseLoss.ended(running, counts, e);
                return;
            }
            LOG.log(Level.SEVERE, "Could not prepare the preview of " + running.plan().organizationName(), e);
            attemptLog.failed(running, counts, "The preview could not start (" + e.getClass()
                    .getSimpleName() + "). Nothing was changed; try again. Details are in the server log.");
            return;
        }
        try {
            sync(running, ReconcileRun.preview(running.plan(), running.attemptId(), setId), counts);
        } finally {
            try {
                scratch.drop(setId);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not drop the scratch copy of the preview of "
                        + running.plan().organizationName() + "; the next preview drops it", e);
            }
        }
    }

    private void sync(RunningSync running, ReconcileRun run, AttemptCounts counts) {
        SyncPlan plan = running.plan();
        SyncLease lease = running.lease();
        ProgressReport progress = new ProgressReport(attemptLog, running.attemptId());
        SeenAnchors seen = new SeenAnchors();
        UnsafeCharacters unsafe = new UnsafeCharacters();
        long startNanos = System.nanoTime();
        try {
            StoredUsers stored = snapshot.stored(run.userSetId());
            ReadResult read = read(run, stored, seen, unsafe, counts, progress, lease);
            if (read.entries() >= BULK_READ) {
                statistics.refresh("directory_user"); // the reconciliation's plans must see what the read wrote
            }
            long readDone = System.nanoTime();
            String warnings = warnings(read.warnings(), plan, unsafe.warning());
            if (!read.complete()) {
                attemptLog.failed(running, counts, "The directory's answer was incomplete, so no one was deactivated "
                        + "and nothing was matched." + (read.note() == null ? "" : " " + read.note()) + warnings);
                return;
            }
            if (!read.incremental() && read.entries() == 0 && snapshot.anyMapped(run.userSetId())) {
                attemptLog.failed(running, counts, "The directory returned no users in scope, although users were "
                        + "synced before; nothing was deactivated. " + (plan.directoryType() == DirectoryType.AZURE
                        ? "Check the group's object ID, that it still has members, and that the app may read them "
                        + "(GroupMember.Read.All)." : "Check the base DN, filter and group.") + warnings);
                return;
            }
            if (!read.incremental()) {
                markNotSeenAsLeftScope(run, seen, lease);
            }
            Optional<DeactivationGuard.Held> held = guard.check(running, run.userSetId());
            if (held.isPresent() && !run.preview()) {
                recordWouldDeactivate(run, lease);
                attemptLog.held(running, counts, held.get().wouldDeactivate(), held.get().message() + warnings);
                return;
            }
            UsersInError errors = new UsersInError();
            // after a read of only the changes, the users nothing happened to are in step already: not walked
            reconcileAll(read.kind().continued() ? run.limitedTo(attemptLog.changedSinceLastSuccess(
                    plan.configurationId()).map(since -> snapshot.mayNeedWork(run.userSetId(), since))) : run,
                    counts, progress, errors, lease);
            if (!run.preview() && counts.created() >= BULK_READ) {
                statistics.refresh("contact"); // as many new contacts mislead the next run's plans as well
            }
            // only now: a sync that failed before reconciling all must read the same changes again
            if (!run.preview() && (read.deltaLink() != null || plan.deltaLink() != null)) {
                attemptLog.deltaLinkReached(plan, read.deltaLink());
            }
            attemptLog.succeeded(running, counts, (run.preview() ? "Preview: a sync now would do this: " + counts
                    + ". Nothing was written." + held.map(h -> " It would be held: " + h.message()).orElse("")
                    : "Sync completed: " + counts + ".")
                    + (read.note() == null ? "" : " " + read.note())
                    + warnings(read.warnings(), plan, unsafe.warning(), errors.withheldWarning(),
                    errors.invalidWarning(), errors.notedWarning()));
            LOG.info(() -> String.format("%s of %s: %d users read and stored in %.1f s, reconciled in %.1f s",
                    run.preview() ? "Preview" : "Sync", plan.organizationName(), read.entries(),
                    (readDone - startNanos) / 1e9, (System.nanoTime() - readDone) / 1e9));
        } catch (DirectoryException e) {
            if (DatabaseLoss.isDatabaseFault(e)) { // the page handler's write failed, not the directory
                databaseLoss.ended(running, counts, e);
                return;
            }
            LOG.log(Level.INFO, "Sync of " + plan.organizationName() + " failed: " + e.getMessage(), e);
            e.certificate().ifPresent(c -> attemptLog.certificateSeen(plan.configurationId(), c));
            directoryFailed.fire(DirectoryFailure.of(plan.directoryType(), e));
            attemptLog.failed(running, counts, e.getMessage());
        } catch (SecretUnreadableException | SyncLeases.LeaseLostException e) {
            attemptLog.failed(running, counts, e.getMessage());
        } catch (Exception e) {
            // Exception, not RuntimeException: a @Transactional method whose commit fails throws the checked
            // RollbackException without declaring it, and the attempt must still be closed.
            if (DatabaseLoss.isDatabaseFault(e)) {
                databaseLoss.ended(running, counts, e);
                return;
            }
            LOG.log(Level.SEVERE, "Sync of " + plan.organizationName() + " stopped unexpectedly", e);
            attemptLog.failed(running, counts, "The sync stopped unexpectedly after " + counts.read()
                    + " users were read (" + e.getClass().getSimpleName() + "). What was written stays consistent; "
                    + "run the sync again. Details are in the server log.");
        }
    }

    /** What the read and the run noticed, and what the admin should do before the credentials stop working. */
    @SafeVarargs
    private static String warnings(List<String> fromTheRead, SyncPlan plan, Optional<String>... noticed) {
        List<String> warnings = new ArrayList<>(fromTheRead);
        for (Optional<String> warning : noticed) {
            warning.ifPresent(warnings::add);
        }
        if (plan.azure() != null) {
            SecretExpiry.reminder(plan.azure().clientSecretExpiresOn(), LocalDate.now(ZoneOffset.UTC))
                    .ifPresent(warnings::add);
        }
        return warnings.isEmpty() ? "" : " Warnings: " + String.join(" ", warnings);
    }

    private ReadResult read(ReconcileRun run, StoredUsers stored, SeenAnchors seen, UnsafeCharacters unsafe,
                            AttemptCounts counts, ProgressReport progress, SyncLease lease)
            throws DirectoryException {
        SyncPlan plan = run.plan();
        try (DirectorySource source = sources.sourceOf(plan)) {
            boolean repeats = directories.repeatsUpdatedUsers(source);
            ReadResult read = directories.readUsers(source, new PageHandler() {
                @Override
                public void accept(List<DirectoryEntry> page) {
                    snapshot.write(run.userSetId(), unsafe.cleaned(page), stored, seen, repeats);
                    counts.countRead(page.size());
                    progress.counted(counts);
                    keepAlive(lease);
                }

                @Override
                public void removed(List<String> anchors) {
                    snapshot.markLeftScope(run.userSetId(), anchors, stored);
                    keepAlive(lease);
                }

                @Override
                public List<String> stillInScope(List<String> anchors) {
                    List<String> notHeld = new ArrayList<>();
                    for (String anchor : anchors) {
                        if (stored.inScope(anchor)) {
                            seen.add(anchor);
                        } else if (!seen.contains(anchor)) { // not one this read has just written
                            notHeld.add(anchor);
                        }
                    }
                    keepAlive(lease);
                    return notHeld;
                }

                @Override
                public List<String> disabledNow(Set<String> anchors) {
                    return snapshot.disabledStateDiffers(run.userSetId(), anchors, seen);
                }
            });
            if (read.certificate() != null) {
                attemptLog.certificateSeen(plan.configurationId(), read.certificate());
            }
            return read;
        }
    }

    private void markNotSeenAsLeftScope(ReconcileRun run, SeenAnchors seen, SyncLease lease) {
        long after = 0;
        while ((after = snapshot.markNotSeenAsLeftScope(run.userSetId(), after, BATCH_SIZE, seen)) >= 0) {
            keepAlive(lease); // one batch per transaction
        }
    }

    private void recordWouldDeactivate(ReconcileRun run, SyncLease lease) {
        long after = 0;
        while ((after = guard.recordWouldDeactivate(run, after, BATCH_SIZE)) >= 0) {
            keepAlive(lease);
        }
    }

    /** Round after round, batch after batch: see {@link MatchingRound}. */
    private void reconcileAll(ReconcileRun run, AttemptCounts counts, ProgressReport progress, UsersInError errors,
                              SyncLease lease) {
        RunScopeFacts facts = RunScopeFacts.of(snapshot, run);
        ContactKeys contactKeys = snapshot.contactKeys(run.plan().organizationId());
        for (MatchingRound round : MatchingRound.values()) {
            long after = 0;
            while (after >= 0) {
                BatchReconciler.Result batch = reconcile.reconcile(run, facts.of(round), contactKeys, round,
                        after, BATCH_SIZE);
                counts.add(batch.counts());
                progress.counted(counts);
                errors.add(batch);
                after = batch.lastId();
                keepAlive(lease);
            }
        }
    }

    private void keepAlive(SyncLease lease) {
        if (lease.renewalDue(Instant.now())) {
            leases.renew(lease);
        }
    }
}
