package org.adsync.sync;

import java.time.Instant;

/**
 * One sync attempt (or preview) with its counts; a held one says how many contacts it would have deactivated, an
 * approved one who approved how many.
 */
public record SyncAttemptView(long id, SyncTrigger trigger, Instant startedAt, Instant finishedAt,
                              SyncOutcome outcome, String message, int read, int created, int updated,
                              int deactivated, int reactivated, int conflicts, int errors,
                              Integer heldDeactivations, String approvedBy, Integer approvedDeactivations) {

    public static SyncAttemptView of(SyncAttempt attempt) {
        AttemptCounts c = attempt.getCounts();
        return new SyncAttemptView(attempt.getId(), attempt.getTrigger(), attempt.getStartedAt(),
                attempt.getFinishedAt().orElse(null), attempt.getOutcome(), attempt.getMessage().orElse(null),
                c.read(), c.created(), c.updated(), c.deactivated(), c.reactivated(), c.conflicts(), c.errors(),
                attempt.getHeldDeactivations().orElse(null), attempt.getApprovedBy().orElse(null),
                attempt.getApprovedDeactivations().orElse(null));
    }
}
