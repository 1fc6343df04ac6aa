package org.adsync.sync.engine;

import org.adsync.sync.ScopeFacts;

/**
 * The scope facts a run hands its batches ({@link BatchReconciler#reconcile}). A run that walks every user groups
 * every user in scope by key once, at its start. A sync that walks only the few users that may need work (after a
 * read of only the changes) lets each batch ask for its own users' keys instead, which costs a few milliseconds
 * where grouping 400,000 users costs seconds. Not for many users (the first read of changes after a first sync walks
 * every user it created), nor for a preview: its scratch copy's rows are freshly written, and looking them up key by
 * key costs more than grouping them once.
 */
final class RunScopeFacts {

    static final int PER_BATCH_USERS = 10_000;

    private final ScopeFacts enabled;
    private final ScopeFacts disabled;

    private RunScopeFacts(ScopeFacts enabled, ScopeFacts disabled) {
        this.enabled = enabled;
        this.disabled = disabled;
    }

    static RunScopeFacts of(SnapshotWriter snapshot, ReconcileRun run) {
        boolean perBatch = !run.preview() && run.mayNeedWork() != null
                && run.mayNeedWork().size() <= PER_BATCH_USERS;
        return perBatch ? new RunScopeFacts(null, null) : new RunScopeFacts(
                snapshot.scopeFacts(run.userSetId(), false), snapshot.scopeFacts(run.userSetId(), true));
    }

    /** The facts for a batch of the round; null: the batch asks for its own users' keys. */
    ScopeFacts of(MatchingRound round) {
        return round.forDisabledUsers() ? disabled : enabled;
    }
}
