package org.adsync.console.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.adsync.sync.SyncAttemptView;

/** How the console shows an attempt's outcome: its icon and its words, the same on every page. */
@Named
@ApplicationScoped
public class AttemptOutcomes {

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
            case FAILED -> "Connection attempt failed";
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
            case APPROVED -> "Approved sync";
            case PREVIEW -> "Preview";
        };
        String outcome = switch (attempt.outcome()) {
            case SUCCEEDED -> attempt.trigger() == org.adsync.sync.SyncTrigger.PREVIEW ? "completed" : "succeeded";
            case FAILED -> "failed";
            case HELD -> "held";
            case RUNNING -> "running";
        };
        return what + " " + outcome;
    }
}
