package org.adsync.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.Duration;

/**
 * Why a sign-in was refused without its password being checked, for the page that says so: the message, and the
 * answer's status (429 with Retry-After, as the API gives). Without one, the page says the name or password is
 * wrong. The form mechanism redirects to that page, so the refusal waits in the session for the next page shown.
 */
@Named
@RequestScoped
public class SignInRefusal {

    private static final String ATTRIBUTE = SignInRefusal.class.getName();
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    ExternalContext externalContext;

    private record Refusal(String message, Duration retryAfter) implements Serializable {
    }

    static void record(HttpServletRequest request, Duration retryAfter, String message) {
        request.getSession().setAttribute(ATTRIBUTE, new Refusal(message, retryAfter));
    }

    /** What the page shows. */
    public String getMessage() {
        Refusal refusal = refusal();
        return refusal == null ? "The username or password is not correct." : refusal.message();
    }

    /** Called before the page renders: takes the refusal waiting, and answers 429 with the seconds to wait. */
    public void applyStatus() {
        Refusal refusal = (Refusal) externalContext.getSessionMap().remove(ATTRIBUTE);
        if (refusal != null) {
            externalContext.getRequestMap().put(ATTRIBUTE, refusal);
            externalContext.setResponseStatus(TOO_MANY_REQUESTS);
            externalContext.setResponseHeader("Retry-After",
                    Long.toString(Math.max(1, refusal.retryAfter().toSeconds())));
        }
    }

    private Refusal refusal() {
        return (Refusal) externalContext.getRequestMap().get(ATTRIBUTE);
    }

    static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return (seconds + 59) / 60 + " minutes";
    }
}
