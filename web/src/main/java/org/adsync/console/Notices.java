package org.adsync.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.adsync.platform.RequestRefusedException;

/**
 * What a console page tells the user after an action: a notice for the page's growl, or a refusal beside the
 * input it concerns, which also keeps the dialog it is in open.
 */
public final class Notices {

    private Notices() {
    }

    /**
     * Runs an action of the business tier: says it is done, or, when it was refused, why (the service's words).
     * Answers whether it was done, for the page to reload what it shows.
     */
    public static boolean attempt(Runnable action, String done, String detail) {
        try {
            action.run();
            info(done, detail);
            return true;
        } catch (RequestRefusedException refused) {
            warn("Not done", refused.getMessage());
            return false;
        }
    }

    public static void info(String summary, String detail) {
        add(null, FacesMessage.SEVERITY_INFO, summary, detail);
    }

    public static void warn(String summary, String detail) {
        add(null, FacesMessage.SEVERITY_WARN, summary, detail);
    }

    /**
     * A refusal beside the input with that client id; for the whole form (in the growl) when null or when the page
     * has no such input.
     */
    public static void refused(String clientId, String message) {
        add(shownOrPage(clientId), FacesMessage.SEVERITY_ERROR, message, message);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The client id, if the page has that input to show a message beside; null (the page's growl) otherwise. */
    public static String shownOrPage(String clientId) {
        return clientId != null && FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) != null
                ? clientId : null;
    }

    /** Without a detail of its own a Faces message repeats its summary as detail, and the growl says it twice. */
    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary,
                detail == null ? "" : detail));
    }
}
