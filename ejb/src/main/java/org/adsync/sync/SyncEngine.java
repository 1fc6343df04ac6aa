package org.adsync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.adsync.directory.DirectoryException;
import org.adsync.directory.DirectorySource;
import org.adsync.directory.ReadResult;
import org.adsync.secret.SecretUnreadableException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one sync of one configuration, for any kind of directory: read the users in scope page by page into the
 * snapshot; only after a complete read, mark the users not seen as gone; then reconcile every directory user with
 * its contact in batches. Every attempt is recorded with its counts, and a failure at any point leaves what was
 * already committed consistent; nothing is deactivated unless the read was complete.
 */
@ApplicationScoped
public class SyncEngine {

    public static final int BATCH_SIZE = 500;

    private static final Logger LOG = Logger.getLogger(SyncEngine.class.getName());

    @Inject
    AttemptLog attemptLog;

    @Inject
    DirectorySnapshot snapshot;

    @Inject
    ReconcileBatch reconcile;

    @Inject
    DirectoryReaders readers;

    /** Runs now, in the caller's thread, and answers the attempt's id. */
    public long run(long configurationId, SyncTrigger trigger) {
        AttemptLog.Started started = attemptLog.start(configurationId, trigger);
        long attemptId = started.attemptId();
        SyncPlan plan = started.plan();
        SyncCounts counts = new SyncCounts();
        SeenAnchors seen = new SeenAnchors();
        StoredUsers stored = snapshot.stored(plan.configurationId());
        long startNanos = System.nanoTime();
        try {
            ReadResult read = read(plan, stored, seen, counts);
            long readDone = System.nanoTime();
            String warnings = read.warnings().isEmpty() ? "" : " Warnings: " + String.join(" ", read.warnings());
            if (!read.complete()) {
                attemptLog.failed(attemptId, counts, "The directory's answer was incomplete, so no one was deactivated "
                        + "and nothing was matched." + warnings);
                return attemptId;
            }
            if (read.entries() == 0 && snapshot.anyMapped(plan.configurationId())) {
                attemptLog.failed(attemptId, counts, "The directory returned no users in scope, although users were "
                        + "synced before; nothing was deactivated. Check the base DN, filter and group." + warnings);
                return attemptId;
            }
            markNotSeenAsLeftScope(plan, seen);
            reconcileAll(plan, counts);
            attemptLog.succeeded(attemptId, counts, "Sync completed: " + counts + "." + warnings);
            LOG.info(() -> String.format("Sync of %s: %d users read and stored in %.1f s, reconciled in %.1f s",
                    plan.organizationName(), read.entries(), (readDone - startNanos) / 1e9,
                    (System.nanoTime() - readDone) / 1e9));
        } catch (DirectoryException e) {
            LOG.log(Level.INFO, "Sync of " + plan.organizationName() + " failed: " + e.getMessage(), e);
            e.certificate().ifPresent(c -> attemptLog.certificateSeen(plan.configurationId(), c));
            attemptLog.failed(attemptId, counts, e.getMessage());
        } catch (SecretUnreadableException e) {
            attemptLog.failed(attemptId, counts, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Sync of " + plan.organizationName() + " stopped unexpectedly", e);
            attemptLog.failed(attemptId, counts, "The sync stopped unexpectedly after " + counts.read()
                    + " users were read (" + e.getClass().getSimpleName() + "). What was written stays consistent; "
                    + "run the sync again. Details are in the server log.");
        }
        return attemptId;
    }

    private ReadResult read(SyncPlan plan, StoredUsers stored, SeenAnchors seen, SyncCounts counts) throws DirectoryException {
        try (DirectorySource source = readers.sourceOf(plan.ldap(), plan.encryptedSecret())) {
            ReadResult read = readers.forType(plan.directoryType()).readUsers(source, page -> {
                snapshot.write(plan.configurationId(), page, stored, seen);
                counts.countRead(page.size());
            });
            if (read.certificate() != null) {
                attemptLog.certificateSeen(plan.configurationId(), read.certificate());
            }
            return read;
        }
    }

    private void markNotSeenAsLeftScope(SyncPlan plan, SeenAnchors seen) {
        long after = 0;
        while ((after = snapshot.markNotSeenAsLeftScope(plan.configurationId(), after, BATCH_SIZE, seen)) >= 0) {
            // one batch per transaction
        }
    }

    private void reconcileAll(SyncPlan plan, SyncCounts counts) {
        ScopeFacts facts = snapshot.scopeFacts(plan.configurationId());
        ContactKeys contactKeys = snapshot.contactKeys(plan.organizationId());
        long after = 0;
        while (after >= 0) {
            ReconcileBatch.Result batch = reconcile.reconcile(plan, facts, contactKeys, after, BATCH_SIZE);
            counts.add(batch.counts());
            after = batch.lastId();
        }
    }
}
