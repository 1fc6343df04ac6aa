package org.adsync.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * Why the credentials a request brought were not accepted, for whoever answers the request: the API's problem
 * document, or the console's sign-in error page, which is shown after a redirect and so finds it in the session.
 *
 * @param retryAfter how long to wait before trying again, for the refusals that are not about the credentials
 */
public record RefusedSignIn(Reason reason, Duration retryAfter) implements Serializable {

    private static final String ATTRIBUTE = RefusedSignIn.class.getName();

    public enum Reason {
        /** The Authorization header is neither Basic nor Bearer, or its Basic value does not decode. */
        UNREADABLE_CREDENTIALS,
        /** A browser sent a password with HTTP Basic. */
        BASIC_FROM_BROWSER,
        /** Unknown user, wrong password or disabled user. */
        WRONG_PASSWORD,
        /** An API token that is unknown, revoked or expired, or whose user is disabled. */
        UNKNOWN_TOKEN,
        /** Too many failures for the account or from the address: not checked. */
        TOO_MANY_FAILURES,
        /** As many passwords as the server checks at once are being checked: not checked. */
        BUSY,
        /** The password was a one-time password, which only lets its user choose their own, in the console. */
        PASSWORD_CHANGE_REQUIRED,
        /** The database cannot be reached: nobody can be looked up. Not checked. */
        DATABASE_UNAVAILABLE
    }

    static RefusedSignIn of(Reason reason) {
        return new RefusedSignIn(reason, Duration.ZERO);
    }

    /** Whether the credentials were checked at all: if not, the caller should wait {@link #retryAfter()}. */
    public boolean unchecked() {
        return reason == Reason.TOO_MANY_FAILURES || reason == Reason.BUSY || reason == Reason.DATABASE_UNAVAILABLE;
    }

    void recordOn(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    void keepForNextPage(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    /** The refusal of this request's credentials, if it brought some that were not accepted. */
    public static Optional<RefusedSignIn> of(HttpServletRequest request) {
        return Optional.ofNullable((RefusedSignIn) request.getAttribute(ATTRIBUTE));
    }

    /** The refusal a sign-in form left for the page the browser was sent to next; taken, so it is shown once. */
    public static Optional<RefusedSignIn> takeKept(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        RefusedSignIn refusal = (RefusedSignIn) session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return Optional.ofNullable(refusal);
    }
}
