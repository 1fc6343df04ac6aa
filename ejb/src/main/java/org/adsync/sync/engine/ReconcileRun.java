package org.adsync.sync.engine;

import java.util.Optional;

/**
 * What the batches of one run reconcile: the plan, the attempt that records the changes, the set of directory
 * users to work on (the configuration's own, or a preview's scratch copy of them), whether contacts are only
 * looked at (a preview) or written, and, after a read that took only the changes, which users may need work at all
 * ({@link MayNeedWork}; null: every user); and for a run that applies a held sync an admin approved, the
 * approval, which names the only contacts it may deactivate (null: any, within the limit the guard checked).
 */
public record ReconcileRun(SyncPlan plan, long attemptId, long userSetId, boolean preview, MayNeedWork mayNeedWork,
                           Approval approval) {

    static ReconcileRun sync(SyncPlan plan, long attemptId, Approval approval) {
        return new ReconcileRun(plan, attemptId, plan.configurationId(), false, null, approval);
    }

    static ReconcileRun preview(SyncPlan plan, long attemptId, long scratchSetId) {
        return new ReconcileRun(plan, attemptId, scratchSetId, true, null, null);
    }

    /** The same run, walking only these users in the rounds that walk every user. */
    ReconcileRun limitedTo(Optional<MayNeedWork> users) {
        return users.map(walk -> new ReconcileRun(plan, attemptId, userSetId, preview, walk, approval))
                .orElse(this);
    }

    /** Whether this run may deactivate the contact: any, unless it applies an approval that does not cover it. */
    boolean mayDeactivate(long contactId) {
        return approval == null || approval.covers(contactId);
    }
}
