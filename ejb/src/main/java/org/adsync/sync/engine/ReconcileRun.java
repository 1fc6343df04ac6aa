package org.adsync.sync.engine;

/**
 * What the batches of one run reconcile: the plan, the attempt that records the changes, the set of directory
 * users to work on (the configuration's own, or a preview's scratch copy of them), and whether contacts are only
 * looked at (a preview) or written.
 */
public record ReconcileRun(SyncPlan plan, long attemptId, long userSetId, boolean preview) {

    static ReconcileRun sync(SyncPlan plan, long attemptId) {
        return new ReconcileRun(plan, attemptId, plan.configurationId(), false);
    }

    static ReconcileRun preview(SyncPlan plan, long attemptId, long scratchSetId) {
        return new ReconcileRun(plan, attemptId, scratchSetId, true);
    }
}
