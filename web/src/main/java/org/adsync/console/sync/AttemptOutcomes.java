package org.adsync.console.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.console.ConsoleTime;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncTrigger;

import java.text.NumberFormat;
import java.util.Locale;

/** How the console shows an attempt's outcome: its icon and its words, the same on every page. */
@Named
@ApplicationScoped
public class AttemptOutcomes {

    private static final String SYNC_COMPLETED = "Sync completed: ";

    @Inject
    ConsoleTime time;

    /** "Running since 07:43 (1,200 read)": a running attempt, with what it has read so far. */
    public String progress(SyncAttemptView attempt) {
        return (attempt.trigger() == SyncTrigger.PREVIEW ? "Preview running" : "Running") + " since "
                + time.formatTime(attempt.startedAt()) + " (" + count(attempt.read()) + " read)";
    }

    /** "300 read, 2 created, …, 0 errors": what an attempt did, read count first. */
    public String counts(SyncAttemptView attempt) {
        return count(attempt.read()) + " read, " + count(attempt.created()) + " created, "
                + count(attempt.updated()) + " updated, " + count(attempt.deactivated()) + " deactivated, "
                + count(attempt.reactivated()) + " re-activated, " + count(attempt.conflicts()) + " conflicts, "
                + count(attempt.errors()) + " errors";
    }

    /**
     * What the attempt's message adds to its headline and counts: a successful sync's message starts with the same
     * counts, which the page shows once.
     */
    public String remarks(SyncAttemptView attempt) {
        String message = attempt.message();
        if (message == null || attempt.outcome() != SyncOutcome.SUCCEEDED || !message.startsWith(SYNC_COMPLETED)) {
            return message;
        }
        int endOfCounts = message.indexOf(". ");
        return endOfCounts < 0 ? "" : message.substring(endOfCounts + 2);
    }

    /**
     * What follows the headline on the list's row: a failed or held attempt's cause ("Bind refused: …"), which is
     * what the admin must act on; otherwise its counts.
     */
    public String summary(SyncAttemptView attempt) {
        boolean needsAction = attempt.outcome() == SyncOutcome.FAILED || attempt.outcome() == SyncOutcome.HELD;
        return needsAction && attempt.message() != null ? attempt.message() : counts(attempt);
    }

    private static String count(int value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    public String icon(SyncAttemptView attempt) {
        return switch (attempt.outcome()) {
            case SUCCEEDED -> "pi-check-circle";
            case FAILED -> "pi-times-circle";
            case HELD -> "pi-pause-circle";
            case RUNNING -> "pi-spin pi-spinner";
        };
    }

    public String label(SyncAttemptView attempt) {
        return switch (attempt.outcome()) {
            case SUCCEEDED -> "Connection attempt was successful";
            case FAILED -> attempt.message() == null ? "Sync failed" : "Sync failed: " + attempt.message();
            case HELD -> "Sync held: it would deactivate " + attempt.heldDeactivations()
                    + " contacts and waits for an admin's approval";
            case RUNNING -> "Sync running";
        };
    }

    /** "Forced sync succeeded", "Scheduled sync held", "Preview completed": the headline of a result. */
    public String headline(SyncAttemptView attempt) {
        String what = switch (attempt.trigger()) {
            case FORCED -> "Forced sync";
            case SCHEDULED -> "Scheduled sync";
            case FIRST -> "First sync";
            case APPROVED -> "Approved sync";
            case PREVIEW -> "Preview";
        };
        String outcome = switch (attempt.outcome()) {
            case SUCCEEDED -> attempt.trigger() == SyncTrigger.PREVIEW ? "completed" : "succeeded";
            case FAILED -> "failed";
            case HELD -> "held";
            case RUNNING -> "running";
        };
        return what + " " + outcome;
    }
}
