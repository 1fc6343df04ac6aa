package org.adsync.console.sync;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.adsync.console.ConsoleTime;
import org.adsync.console.Notices;
import org.adsync.sync.HoldNotApprovableException;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.SyncAlreadyRunningException;
import org.adsync.sync.UnknownSyncException;

import java.util.function.LongSupplier;

/**
 * Runs a page action and tells the admin how it went: the service's own message on a refusal, never an exception's
 * text (those go to the server log).
 */
@RequestScoped
public class ConsoleMessages {

    @Inject
    ConsoleTime time;

    /**
     * Force Sync with the answer the pages give: started (once, for a disabled sync), or already running since (in
     * the user's time).
     */
    public boolean forceSync(LongSupplier force, String organizationName, boolean scheduled, String whereToLook) {
        try {
            force.getAsLong();
            info("Sync of " + organizationName + " started", (scheduled ? "" : "Once: the schedule stays off. ")
                    + whereToLook);
            return true;
        } catch (SyncAlreadyRunningException e) {
            warn("A sync of " + organizationName + " is already running",
                    (e.since() == null ? "" : "It started at " + time.format(e.since()) + ". ")
                            + "Wait for it to finish; its result will appear in the sync history.");
        } catch (InvalidSyncSettingsException | UnknownSyncException e) {
            warn("Force Sync refused", firstMessage(e));
        }
        return false;
    }

    /** Runs the action; a refusal by the service becomes a warning with its message. */
    public boolean run(Runnable action, String done, String detail) {
        try {
            action.run();
            info(done, detail);
            return true;
        } catch (SyncAlreadyRunningException e) {
            warn("A sync is running", e.getMessage());
        } catch (HoldNotApprovableException e) {
            warn("Not possible any more", e.getMessage());
        } catch (InvalidSyncSettingsException | UnknownSyncException e) {
            warn("Not done", firstMessage(e));
        }
        return false;
    }

    public void info(String summary, String detail) {
        add(FacesMessage.SEVERITY_INFO, summary, detail, null);
    }

    public void warn(String summary, String detail) {
        add(FacesMessage.SEVERITY_WARN, summary, detail, null);
    }

    /** A message shown beside the input with that client id; one the page does not show goes to the growl. */
    public void field(String clientId, String message) {
        add(FacesMessage.SEVERITY_ERROR, message, message, Notices.shownOrPage(clientId));
    }

    /** Without a detail of its own a Faces message repeats its summary as detail, and the growl says it twice. */
    private static void add(FacesMessage.Severity severity, String summary, String detail, String clientId) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary,
                detail == null ? "" : detail));
    }

    private static String firstMessage(RuntimeException e) {
        return e instanceof InvalidSyncSettingsException invalid && !invalid.problems().isEmpty()
                ? invalid.problems().get(0).message() : e.getMessage();
    }
}
