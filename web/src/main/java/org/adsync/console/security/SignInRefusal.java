package org.adsync.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.adsync.web.signin.RefusedSignIn;

import java.time.Duration;

/**
 * What the sign-in error page says: that the name or password is wrong, or, when the sign-in was refused without
 * its password being checked (too many failures, or every password check busy), when to try again, with the
 * answer's status 429 and Retry-After as the API gives.
 */
@Named
@RequestScoped
public class SignInRefusal {

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    ExternalContext externalContext;

    private RefusedSignIn refusal;

    /** What the page shows. */
    public String getMessage() {
        if (refusal == null) {
            return "The username or password is not correct.";
        }
        if (refusal.reason() == RefusedSignIn.Reason.BUSY) {
            return "The server is busy checking other sign-ins. Try again in a moment.";
        }
        return "Too many failed sign-ins for this user or from this address. Try again in "
                + inWords(refusal.retryAfter()) + ".";
    }

    /** Called before the page renders: takes the refusal the sign-in left, and answers 429 with the wait. */
    public void applyStatus() {
        refusal = RefusedSignIn.takeKept((HttpSession) externalContext.getSession(false)).orElse(null);
        if (refusal != null) {
            externalContext.setResponseStatus(TOO_MANY_REQUESTS);
            externalContext.setResponseHeader("Retry-After",
                    Long.toString(Math.max(1, refusal.retryAfter().toSeconds())));
        }
    }

    static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return (seconds + 59) / 60 + " minutes";
    }
}
