package org.adsync.sync.engine;

import org.adsync.sync.ScopeFacts;

/**
 * The scope facts a run hands its batches ({@link BatchReconciler#reconcile}). A run that walks every user groups
 * every user in scope by key once, at its start. A run that walks only the users that may need work (after a read
 * of only the changes) asks per batch for its users' keys instead, which costs nothing like grouping 400,000 users
 * when a few hundred changed. Each such question looks up a batch's keys one by one, which on freshly written rows
 * (a preview's scratch copy) can take half a second; so should the walk turn out long (the first read of changes
 * after a first sync walks every user it created), it falls back to grouping once, after
 * {@value #PER_BATCH_LIMIT} batches (every round asks at least once).
 */
final class RunScopeFacts {

    static final int PER_BATCH_LIMIT = 10;

    private final SnapshotWriter snapshot;
    private final long userSetId;
    private ScopeFacts enabled;
    private ScopeFacts disabled;
    private int batches;

    private RunScopeFacts(SnapshotWriter snapshot, long userSetId) {
        this.snapshot = snapshot;
        this.userSetId = userSetId;
    }

    static RunScopeFacts of(SnapshotWriter snapshot, ReconcileRun run) {
        RunScopeFacts facts = new RunScopeFacts(snapshot, run.userSetId());
        if (run.changedSince() == null) {
            facts.groupEveryone();
        }
        return facts;
    }

    /** The facts for the next batch of the round; null: the batch asks for its own users' keys. */
    ScopeFacts nextBatch(MatchingRound round) {
        if (enabled == null && ++batches > PER_BATCH_LIMIT) {
            groupEveryone();
        }
        return enabled == null ? null : round.forDisabledUsers() ? disabled : enabled;
    }

    private void groupEveryone() {
        enabled = snapshot.scopeFacts(userSetId, false);
        disabled = snapshot.scopeFacts(userSetId, true);
    }
}
