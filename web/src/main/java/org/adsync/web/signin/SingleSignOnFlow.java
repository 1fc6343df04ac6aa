package org.adsync.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.adsync.secret.SecretCipher;
import org.adsync.security.sso.PendingSsoSignIn;
import org.adsync.security.sso.SsoOutcome;
import org.adsync.security.sso.SsoProviderException;
import org.adsync.security.sso.SsoSignIns;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The browser's side of a sign-in through the OpenID Connect provider: {@value #START} sends the browser to the
 * provider, which sends it back to {@value #CALLBACK} with a code and the {@code state} it was given. Sign-ins under
 * way are kept in the browser, sealed ({@link PendingSignInCookie}), by their state, each used once, so that a
 * tampered state, a replayed callback or a callback this browser never asked for is refused, and so that opening
 * "Sign in with …" creates no server session. A browser may have a few under way at once (several tabs).
 */
@ApplicationScoped
public class SingleSignOnFlow {

    static final String START = "/sso/sign-in";
    public static final String CALLBACK = "/sso/callback";
    public static final String REFUSED_PAGE = "/sso-refused.xhtml";
    private static final String REFUSAL = SingleSignOnFlow.class.getName() + ".refusal";
    private static final String PROVIDER_SESSION = SingleSignOnFlow.class.getName() + ".providerSession";
    static final String NO_SIGN_IN_UNDER_WAY = "Your sign-in took too long or was started in another browser; "
            + "sign in again.";

    @Inject
    SsoSignIns signIns;

    @Inject
    SecretCipher cipher;

    /** A refusal for the refusal page, which is shown after a redirect and so finds it in the session. */
    public record Refusal(String reason, List<String> groupsSeen) implements Serializable {
    }

    /**
     * The provider session a sign-in started: its issuer and the ID token, for ending it at sign-out; the user's
     * subject and the refresh token (null if the provider gives none), for checking it again; when it was last
     * checked.
     */
    public record ProviderSession(String issuer, String idToken, String subject, String refreshToken,
                                  Instant checkedAt) implements Serializable {

        ProviderSession checked(String nextRefreshToken, Instant at) {
            return new ProviderSession(issuer, idToken, subject, nextRefreshToken, at);
        }
    }

    /** How often a session signed in through the provider is checked again with it (system property, seconds). */
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(Long.getLong("adsync.sso.session-check-seconds", 300));

    static boolean handles(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && (path.equals(START) || path.equals(CALLBACK));
    }

    AuthenticationStatus handle(HttpServletRequest request, HttpMessageContext context, String returnTo,
                                SessionSignIn signIn) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            return path.equals(START) ? start(request, context, returnTo) : callback(request, context, signIn);
        } catch (SsoProviderException e) {
            return refused(request, context, new Refusal(e.getMessage(), List.of()));
        }
    }

    /** What the mechanism does with an accepted user: start their session as after a form sign-in. */
    @FunctionalInterface
    interface SessionSignIn {
        AuthenticationStatus signIn(String username, String returnTo);
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpMessageContext context, String returnTo) {
        SsoSignIns.Started started = signIns.start(returnTo, callbackUri(request));
        PendingSignInCookie.give(started.pending(), cipher, request, context.getResponse());
        return context.redirect(started.redirect().toString());
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpMessageContext context,
                                          SessionSignIn signIn) {
        // none: the sign-in timed out at the provider, the cookies were cleared, an old bookmark, a forged state
        PendingSsoSignIn started = PendingSignInCookie.take(request.getParameter("state"), cipher, request,
                context.getResponse()).orElse(null);
        if (started == null) {
            return refused(request, context, new Refusal(NO_SIGN_IN_UNDER_WAY + " (This sign-in was not started in "
                    + "this browser, was finished already, or its state was changed on the way.)", List.of()));
        }
        String error = request.getParameter("error");
        String code = request.getParameter("code");
        if (error != null || code == null) {
            String description = request.getParameter("error_description");
            return refused(request, context, new Refusal("The provider did not sign you in ("
                    + (error == null ? "no code came back" : error) + (description == null ? "" : ": " + description)
                    + ").", List.of()));
        }
        SsoOutcome outcome = signIns.finish(started, code, callbackUri(request), request.getRemoteAddr());
        if (outcome instanceof SsoOutcome.Refused refusedOutcome) {
            return refused(request, context, new Refusal(refusedOutcome.reason(), refusedOutcome.groupsSeen()));
        }
        SsoOutcome.Accepted accepted = (SsoOutcome.Accepted) outcome;
        AuthenticationStatus status = signIn.signIn(accepted.user().username(), started.returnTo());
        request.getSession().setAttribute(PROVIDER_SESSION, new ProviderSession(accepted.issuer(),
                accepted.idToken(), accepted.subject(), accepted.refreshToken(), Instant.now()));
        return status;
    }

    private static AuthenticationStatus refused(HttpServletRequest request, HttpMessageContext context,
                                                Refusal refusal) {
        request.getSession().setAttribute(REFUSAL, refusal);
        return AdsyncAuthentication.redirect(context, request.getContextPath() + REFUSED_PAGE);
    }

    /** The refusal the last sign-in through the provider left for the refusal page. */
    public static Optional<Refusal> refusal(HttpSession session) {
        return Optional.ofNullable(session == null ? null : (Refusal) session.getAttribute(REFUSAL));
    }

    /**
     * Whether a session signed in through the provider still stands there: checked again (refresh token grant) once
     * the last check is older than {@link #CHECK_INTERVAL}, so that a user disabled or signed out at the provider, or
     * no longer in a mapped group, is signed out here too, and a changed level applies. Sessions signed in with a
     * password, or through a provider that gives no refresh token, are not asked about.
     */
    boolean stillSignedOnAtProvider(HttpSession session) {
        Optional<ProviderSession> signedOn = providerSession(session);
        if (signedOn.isEmpty() || signedOn.get().refreshToken() == null) {
            return true;
        }
        ProviderSession last = signedOn.get();
        Instant now = Instant.now();
        if (last.checkedAt().plus(CHECK_INTERVAL).isAfter(now)) {
            return true;
        }
        session.setAttribute(PROVIDER_SESSION, last.checked(last.refreshToken(), now)); // one check at a time
        Optional<String> next = signIns.recheck(last.issuer(), last.subject(), last.refreshToken());
        next.ifPresent(token -> session.setAttribute(PROVIDER_SESSION, last.checked(token, now)));
        return next.isPresent();
    }

    /** The provider session this console session was signed in with, if any. */
    public static Optional<ProviderSession> providerSession(HttpSession session) {
        return Optional.ofNullable(session == null ? null : (ProviderSession) session.getAttribute(PROVIDER_SESSION));
    }

    /** The redirect URI to register with the provider: this application's {@value #CALLBACK}. */
    public static URI callbackUri(HttpServletRequest request) {
        return URI.create(applicationUrl(request) + CALLBACK);
    }

    /** This application's URL as the browser reached it, such as https://psa.example.com/adsync. */
    public static String applicationUrl(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
