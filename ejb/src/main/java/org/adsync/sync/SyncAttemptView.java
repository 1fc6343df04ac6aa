package org.adsync.sync;

import java.time.Instant;

/**
 * One sync attempt (or preview) with its counts; a held one says how many contacts it would have deactivated,
 * whether it can be approved (or rejected) now and who rejected it; an approved one who approved how many.
 */
public record SyncAttemptView(long id, SyncTrigger trigger, Instant startedAt, Instant finishedAt,
                              SyncOutcome outcome, String message, int read, int created, int updated,
                              int deactivated, int reactivated, int conflicts, int errors,
                              Integer heldDeactivations, String approvedBy, Integer approvedDeactivations,
                              boolean approvable, String rejectedBy, Instant rejectedAt) {

    /** The attempt as it is, not approvable: for lists, where only the latest held run could be. */
    public static SyncAttemptView of(SyncAttempt attempt) {
        return of(attempt, false);
    }

    public static SyncAttemptView of(SyncAttempt attempt, boolean approvable) {
        AttemptCounts c = attempt.getCounts();
        return new SyncAttemptView(attempt.getId(), attempt.getTrigger(), attempt.getStartedAt(),
                attempt.getFinishedAt().orElse(null), attempt.getOutcome(), attempt.getMessage().orElse(null),
                c.read(), c.created(), c.updated(), c.deactivated(), c.reactivated(), c.conflicts(), c.errors(),
                attempt.getHeldDeactivations().orElse(null), attempt.getApprovedBy().orElse(null),
                attempt.getApprovedDeactivations().orElse(null), approvable, attempt.getRejectedBy().orElse(null),
                attempt.getRejectedAt().orElse(null));
    }
}
