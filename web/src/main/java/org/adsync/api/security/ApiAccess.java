package org.adsync.api.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.adsync.api.problem.Problem;
import org.adsync.api.problem.ProblemType;
import org.adsync.api.problem.Problems;
import org.adsync.security.Permission;
import org.adsync.web.outage.DatabaseOutage;
import org.adsync.web.signin.BrowserRequests;
import org.adsync.web.signin.RefusedSignIn;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Lets an API call reach its resource only signed in and with a permission its {@code @RolesAllowed} names; a
 * {@code @PermitAll} method is open to anyone. The sign-in itself is the container's
 * ({@link org.adsync.web.signin.AdsyncAuthentication}); this filter answers what it left unauthenticated, as
 * problem documents: 401 says how to sign in, 429 with Retry-After while a user or address must wait, 403 which
 * permission is missing.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccess implements ContainerRequestFilter {

    static final String CHALLENGE_BASIC = "Basic realm=\"adsync\", charset=\"UTF-8\"";
    static final String CHALLENGE_BEARER = "Bearer realm=\"adsync\"";
    /** As in web.xml: {@code @RolesAllowed("**")} lets every signed-in user in. */
    public static final String ANY_SIGNED_IN_USER = "**";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RefusedSignIn refusal = RefusedSignIn.of(servletRequest).orElse(null);
        if (refusal != null) {
            refuse(request, refusal);
            return;
        }
        SecurityContext caller = request.getSecurityContext();
        if (caller.getUserPrincipal() == null) {
            notSignedIn(request, "Sign in: send an API token as \"Authorization: Bearer adsync_...\", or a console "
                    + "user's name and password with HTTP Basic.");
            return;
        }
        String[] allowed = rolesAllowed(method);
        if (Arrays.asList(allowed).contains(ANY_SIGNED_IN_USER)) {
            return;
        }
        if (Arrays.stream(allowed).noneMatch(caller::isUserInRole)) {
            String permissions = Arrays.stream(allowed).map(role -> "\"" + Permission.ofRole(role).label() + "\"")
                    .collect(Collectors.joining(" or "));
            request.abortWith(Problems.response(ProblemType.PERMISSION_MISSING, caller.getUserPrincipal().getName()
                    + " lacks the permission " + permissions + ", which this part of the API needs. Ask an "
                    + "administrator to grant it to the user's security level."));
        }
    }

    /** The method's {@code @RolesAllowed}, else its class's; a resource that declares none is for no one. */
    private String[] rolesAllowed(Method method) {
        RolesAllowed roles = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (roles == null && resource.getResourceClass() != null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? new String[0] : roles.value();
    }

    private void refuse(ContainerRequestContext request, RefusedSignIn refusal) {
        switch (refusal.reason()) {
            case UNREADABLE_CREDENTIALS, WRONG_PASSWORD -> notSignedIn(request,
                    "The user name and password were not accepted (or the Authorization header is malformed).");
            case UNKNOWN_TOKEN -> notSignedIn(request,
                    "The API token is unknown, revoked or expired, or its user is disabled. Create a new one.");
            case BASIC_FROM_BROWSER -> notSignedIn(request, "HTTP Basic is for scripts. A browser signs in to the "
                    + "console, or sends an API token; a page of another site cannot use a password the browser "
                    + "remembers.");
            case TOO_MANY_FAILURES -> tooManyTries(request, refusal, "Too many failed sign-ins for this user or from "
                    + "this address: try again in " + refusal.retryAfter().toSeconds() + " s, or use an API token.");
            case BUSY -> tooManyTries(request, refusal, "The server is busy checking other passwords: try again in a "
                    + "moment. API tokens are checked without that cost.");
            case DATABASE_UNAVAILABLE -> request.abortWith(Problems.builder(Problem.of(
                    ProblemType.DATABASE_UNAVAILABLE, DatabaseOutage.DETAIL)).header(HttpHeaders.RETRY_AFTER,
                    refusal.retryAfter().toSeconds()).build());
            case PASSWORD_CHANGE_REQUIRED -> request.abortWith(Problems.response(ProblemType.PASSWORD_CHANGE_REQUIRED,
                    "The password is a one-time password from an administrator. Sign in to the console and choose "
                    + "your own; then the API accepts it."));
        }
    }

    /**
     * 401 with the ways to sign in. A browser is not offered Basic: it would ask for a password and then send it
     * with every request to this site, also those that other sites' pages make.
     */
    private void notSignedIn(ContainerRequestContext request, String detail) {
        var answer = Problems.builder(Problem.of(ProblemType.NOT_SIGNED_IN, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE_BEARER);
        if (!BrowserRequests.madeByBrowser(servletRequest)) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE_BASIC);
        }
        request.abortWith(answer.build());
    }

    private static void tooManyTries(ContainerRequestContext request, RefusedSignIn refusal, String detail) {
        request.abortWith(Problems.builder(Problem.of(ProblemType.TOO_MANY_SIGN_INS, detail))
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, refusal.retryAfter().toSeconds()))
                .build());
    }
}
