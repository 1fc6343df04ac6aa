package org.adsync.sync.engine;

import java.util.Optional;

/**
 * What the batches of one run reconcile: the plan, the attempt that records the changes, the set of directory
 * users to work on (the configuration's own, or a preview's scratch copy of them), whether contacts are only
 * looked at (a preview) or written, and, after a read that took only the changes, which users may need work at all
 * ({@link MayNeedWork}; null: every user).
 */
public record ReconcileRun(SyncPlan plan, long attemptId, long userSetId, boolean preview, MayNeedWork mayNeedWork) {

    static ReconcileRun sync(SyncPlan plan, long attemptId) {
        return new ReconcileRun(plan, attemptId, plan.configurationId(), false, null);
    }

    static ReconcileRun preview(SyncPlan plan, long attemptId, long scratchSetId) {
        return new ReconcileRun(plan, attemptId, scratchSetId, true, null);
    }

    /** The same run, walking only these users in the rounds that walk every user. */
    ReconcileRun limitedTo(Optional<MayNeedWork> users) {
        return users.map(walk -> new ReconcileRun(plan, attemptId, userSetId, preview, walk)).orElse(this);
    }
}
