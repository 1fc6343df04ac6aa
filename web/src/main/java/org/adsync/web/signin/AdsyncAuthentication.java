package org.adsync.web.signin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.adsync.audit.AuditActor;
import org.adsync.audit.AuditedUser;
import org.adsync.security.AuthenticatedUser;
import org.adsync.security.ConsoleAuthenticator;
import org.adsync.security.Permission;
import org.adsync.web.outage.DatabaseOutage;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signs in every request to the web tier, the API's and the console's, so that the container knows the caller.
 *
 * <p>An API call is stateless: it brings an API token or a user name and password (HTTP Basic) in its
 * Authorization header every time, and a session cookie counts for nothing there, so that no page of another site
 * can act through a console user's browser. HTTP Basic from a browser is refused for the same reason. A call
 * without credentials, or with refused ones, goes on unauthenticated and the API answers it (401 or 429).
 *
 * <p>The console signs in with a form posted to {@code j_security_check}, and the session remembers the user's
 * name, not their permissions: each request looks the user up again, so that a disabled user's sessions stop at
 * once and a changed security level applies on the next click. A visitor who opens a protected page sees the
 * sign-in form in its place and, once signed in, is sent back to it. Each sign-in gets a new session id, so that
 * an id planted in the browser beforehand (a session fixation) is worthless afterwards. A user who signed in with a
 * one-time password (after a reset) sees only the page where they choose their own until they have.
 *
 * <p>Beside the form, the console signs in through the installation's OpenID Connect provider
 * ({@link SingleSignOnFlow}); such a session is the same as a form's from then on.
 */
@ApplicationScoped
@DeclareRoles({Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.Roles.VIEW_ORGANIZATIONS,
        Permission.Roles.MANAGE_CONSOLE_USERS, Permission.Roles.RESOLVE_SSO_IDENTITIES})
public class AdsyncAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String LOGIN_FAILED_PAGE = "/login-failed.xhtml";
    /** Where a user signed in with a one-time password is kept until they have chosen their own. */
    public static final String CHANGE_PASSWORD_PAGE = "/change-password.xhtml";
    private static final String SIGN_IN_POSTBACK = "/j_security_check";
    private static final Logger LOG = Logger.getLogger(AdsyncAuthentication.class.getName());
    private static final String SIGNED_IN_USER = AdsyncAuthentication.class.getName() + ".user";
    private static final String SIGNED_IN_AT = AdsyncAuthentication.class.getName() + ".signedInAt";
    private static final String RETURN_TO = AdsyncAuthentication.class.getName() + ".returnTo";
    private static final String SIGNED_IN = AdsyncAuthentication.class.getName() + ".signedIn";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ConsoleAuthenticator users;

    @Inject
    AuditActor actor;

    @Inject
    SingleSignOnFlow singleSignOn;

    /**
     * Signs the request in. While the database is away, nobody can be looked up: an API call goes on unauthenticated
     * with that refusal, which the API answers 503, and a console page answers that it cannot reach its database.
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return signIn(request, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            DatabaseOutage.noted("the sign-in", e);
            if (isApiCall(request)) {
                new RefusedSignIn(RefusedSignIn.Reason.DATABASE_UNAVAILABLE, DatabaseOutage.RETRY_AFTER)
                        .recordOn(request);
                return context.doNothing();
            }
            DatabaseOutage.answerWithPage(response); // the container shows the page web.xml maps to 503
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        if (isApiCall(request)) {
            return signInApiCall(request, context);
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith(SIGN_IN_POSTBACK)) {
            return signInWithForm(request, context);
        }
        if (SingleSignOnFlow.handles(request)) {
            HttpSession session = request.getSession(false);
            return singleSignOn.handle(request, context, session == null ? null : (String) session.getAttribute(
                    RETURN_TO), (username, returnTo) -> startSession(request, context, username, returnTo));
        }
        if (isPageResource(request)) {
            return context.doNothing(); // stylesheets and scripts are anyone's: no need to look the user up
        }
        Optional<AuthenticatedUser> user = signedInUserOf(request.getSession(false));
        user.ifPresent(signedIn -> request.setAttribute(SIGNED_IN, signedIn));
        if (user.isPresent() && user.get().mustChangePassword() && !mayOpenBeforeChangingPassword(request)) {
            return redirect(context, request.getContextPath() + CHANGE_PASSWORD_PAGE);
        }
        if (user.isPresent()) {
            return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                request.getSession().setAttribute(RETURN_TO, requestedPage(request));
            }
            return context.forward(LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    static boolean isApiCall(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The session that changed its user's password stays signed in; the user's other sessions end (they signed in
     * before the change).
     */
    public static void keepAfterPasswordChange(HttpSession session) {
        session.setAttribute(SIGNED_IN_AT, Instant.now());
    }

    /**
     * A redirect within the console as a relative reference. The mechanism runs before the servlet filters, so the
     * container would make it absolute with the host of the request's Host header, which anyone can forge.
     */
    static AuthenticationStatus redirect(HttpMessageContext context, String location) {
        if (!location.startsWith("/") || location.startsWith("//")) {
            return context.redirect(location);
        }
        HttpServletResponse response = context.getResponse();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The console user this request signed in as, as the mechanism looked them up (once per request). */
    public static Optional<AuthenticatedUser> signedIn(HttpServletRequest request) {
        return Optional.ofNullable((AuthenticatedUser) request.getAttribute(SIGNED_IN));
    }

    private static boolean mayOpenBeforeChangingPassword(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals(CHANGE_PASSWORD_PAGE);
    }

    private static boolean isPageResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private AuthenticationStatus signInApiCall(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        Optional<Credential> credential = AuthorizationHeader.credential(header);
        if (credential.isEmpty()) {
            RefusedSignIn.of(RefusedSignIn.Reason.UNREADABLE_CREDENTIALS).recordOn(request);
            return context.doNothing();
        }
        if (credential.get() instanceof UsernamePasswordCredential password && BrowserRequests.madeByBrowser(request)) {
            password.clear();
            RefusedSignIn.of(RefusedSignIn.Reason.BASIC_FROM_BROWSER).recordOn(request);
            return context.doNothing();
        }
        CredentialValidationResult result = validate(credential.get());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.doNothing();
        }
        if (result.getCallerPrincipal() instanceof SignedInCaller caller) {
            actor.api(caller.audited(), request.getRemoteAddr(), caller.apiTokenName());
        } else {
            actor.api(AuditedUser.named(result.getCallerPrincipal().getName()), request.getRemoteAddr(), null);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus signInWithForm(HttpServletRequest request, HttpMessageContext context) {
        if (BrowserRequests.fromAnotherSite(request)) { // login CSRF: another site signing the browser in as its user
            LOG.warning(() -> "Sign-in form posted from another site (" + request.getHeader("Origin") + ", "
                    + request.getHeader("Sec-Fetch-Site") + ") refused");
            return redirect(context, request.getContextPath() + LOGIN_FAILED_PAGE);
        }
        String username = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        CredentialValidationResult result = username == null || password == null
                ? CredentialValidationResult.INVALID_RESULT
                : validate(new UsernamePasswordCredential(username, new Password(password)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            RefusedSignIn.of(request).filter(RefusedSignIn::unchecked)
                    .ifPresent(refusal -> refusal.keepForNextPage(request));
            return redirect(context, request.getContextPath() + LOGIN_FAILED_PAGE);
        }
        return startSession(request, context, result.getCallerPrincipal().getName(),
                (String) request.getSession().getAttribute(RETURN_TO));
    }

    /** The session of a user who just signed in, under a new id, and back to the page they wanted. */
    private static AuthenticationStatus startSession(HttpServletRequest request, HttpMessageContext context,
                                                     String username, String returnTo) {
        HttpSession session = request.getSession();
        request.changeSessionId();
        session.removeAttribute(RETURN_TO);
        session.setAttribute(SIGNED_IN_USER, username);
        session.setAttribute(SIGNED_IN_AT, Instant.now());
        return redirect(context, returnTo != null ? returnTo : request.getContextPath() + "/");
    }

    private CredentialValidationResult validate(Credential credential) {
        try {
            return identityStores.validate(credential);
        } finally {
            credential.clear();
        }
    }

    /**
     * The user the session signed in, as they are now; a session whose user was disabled or deleted, or whose
     * password changed since it signed in (on another session, or reset by an administrator), ends.
     */
    private Optional<AuthenticatedUser> signedInUserOf(HttpSession session) {
        String username = session == null ? null : (String) session.getAttribute(SIGNED_IN_USER);
        if (username == null) {
            return Optional.empty();
        }
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
        Optional<AuthenticatedUser> user = users.stillSignedIn(username, signedInAt)
                .filter(signedIn -> singleSignOn.stillSignedOnAtProvider(session));
        if (user.isEmpty()) {
            session.invalidate();
        }
        return user;
    }

    /** The page to return to after signing in: always a path of this application, never another site. */
    private static String requestedPage(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
