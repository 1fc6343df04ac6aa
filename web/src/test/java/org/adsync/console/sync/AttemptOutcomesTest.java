package org.adsync.console.sync;

import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncTrigger;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttemptOutcomesTest {

    private final AttemptOutcomes outcomes = new AttemptOutcomes();

    @Test
    void aSuccessfulSyncsCountsAreSaidOnceAndItsWarningsStay() {
        SyncAttemptView attempt = attempt(SyncOutcome.SUCCEEDED, "Sync completed: 1200 read, 0 created, 0 updated, "
                + "0 deactivated, 0 re-activated, 2 conflicts, 0 errors. Warnings: The certificate expires soon.");
        assertEquals("1,200 read, 0 created, 0 updated, 0 deactivated, 0 re-activated, 2 conflicts, 0 errors",
                outcomes.counts(attempt));
        assertEquals("Warnings: The certificate expires soon.", outcomes.remarks(attempt));
    }

    @Test
    void aSyncWithNothingToAddHasNoRemarks() {
        assertEquals("", outcomes.remarks(attempt(SyncOutcome.SUCCEEDED, "Sync completed: 3 read, 0 created, "
                + "0 updated, 0 deactivated, 0 re-activated, 0 conflicts, 0 errors.")));
    }

    @Test
    void aFailuresMessageIsShownWhole() {
        String reason = "The directory at 127.0.0.1:636 did not answer. Check the host.";
        assertEquals(reason, outcomes.remarks(attempt(SyncOutcome.FAILED, reason)));
    }

    @Test
    void aFailedSyncsRowAndStatusEntryNameTheCauseNotTheCounts() {
        SyncAttemptView failed = attempt(SyncOutcome.FAILED, "Bind refused: the directory rejected the password of "
                + "CN=svc,DC=example,DC=org. Enter the current password on the Setup tab.");
        assertEquals(failed.message(), outcomes.summary(failed));
        assertEquals("Sync failed: " + failed.message(), outcomes.label(failed));
        SyncAttemptView succeeded = attempt(SyncOutcome.SUCCEEDED, "Sync completed: 1200 read.");
        assertEquals(outcomes.counts(succeeded), outcomes.summary(succeeded));
    }

    @Test
    void theFirstSyncIsCalledWhatItIs() {
        assertEquals("First sync succeeded", outcomes.headline(new SyncAttemptView(1, SyncTrigger.FIRST,
                Instant.EPOCH, Instant.EPOCH, SyncOutcome.SUCCEEDED, null, 0, 0, 0, 0, 0, 0, 0, null, null, null, false,
                null, null)));
    }

    private static SyncAttemptView attempt(SyncOutcome outcome, String message) {
        return new SyncAttemptView(1, SyncTrigger.FORCED, Instant.EPOCH, Instant.EPOCH, outcome, message, 1200, 0, 0,
                0, 0, 2, 0, null, null, null, false, null, null);
    }
}
