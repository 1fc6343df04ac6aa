package org.adsync.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
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
import org.adsync.audit.AuditActor;
import org.adsync.security.ApiTokens;
import org.adsync.security.AuthenticatedUser;
import org.adsync.security.ConsoleAuthenticator;
import org.adsync.security.Permission;
import org.adsync.security.SignInOutcome;
import org.adsync.security.SignInRequest;

import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs in every API call and checks the permission the AD Sync pages need. The API is stateless: each request
 * brings an API token ({@code Authorization: Bearer adsync_...}) or a console user's name and password (HTTP
 * Basic, checked and throttled by the console's own authenticator: 429 with Retry-After while a user or address
 * must wait). No session is created. 401 says how to sign in; a signed-in user without "Admin: configure Microsoft
 * Extensions" gets 403. Basic is refused on requests a browser made, so that no page of another site can act
 * with a password the browser remembers.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    static final String CHALLENGE_BASIC = "Basic realm=\"adsync\", charset=\"UTF-8\"";
    static final String CHALLENGE_BEARER = "Bearer realm=\"adsync\"";
    private static final Permission REQUIRED = Permission.CONFIGURE_MICROSOFT_EXTENSIONS;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    ConsoleAuthenticator passwords;

    @Inject
    ApiTokens tokens;

    @Inject
    AuditActor actor;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(PublicResource.class)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            refuse(request, "Sign in: send an API token as \"Authorization: Bearer adsync_...\", or a console "
                    + "user's name and password with HTTP Basic.");
            return;
        }
        Credentials credentials = Credentials.parse(authorization);
        if (credentials != null && !credentials.token() && BrowserRequests.madeByBrowser(request)) {
            credentials.forget();
            refuse(request, "HTTP Basic is for scripts. A browser signs in to the console, or sends an API "
                    + "token; a page of another site cannot use a password the browser remembers.");
            return;
        }
        Optional<AuthenticatedUser> caller;
        if (credentials == null) {
            caller = Optional.empty();
        } else if (credentials.token()) {
            caller = credentials.checkToken(tokens);
        } else {
            SignInOutcome outcome = credentials.signIn(passwords, servletRequest.getRemoteAddr());
            if (outcome instanceof SignInOutcome.Throttled throttled) {
                tooManyTries(request, throttled.retryAfter(), "Too many failed sign-ins for this user or from "
                        + "this address: try again in " + throttled.retryAfter().toSeconds() + " s, or use an API "
                        + "token.");
                return;
            }
            if (outcome instanceof SignInOutcome.Busy) {
                tooManyTries(request, SignInOutcome.Busy.RETRY_AFTER, "The server is busy checking other "
                        + "passwords: try again in a moment. API tokens are checked without that cost.");
                return;
            }
            caller = outcome instanceof SignInOutcome.Accepted accepted ? Optional.of(accepted.user())
                    : Optional.empty();
        }
        if (caller.isEmpty()) {
            refuse(request, credentials != null && credentials.token()
                    ? "The API token is unknown, revoked or expired, or its user is disabled. Create a new one."
                    : "The user name and password were not accepted (or the Authorization header is malformed).");
            return;
        }
        AuthenticatedUser user = caller.get();
        if (!user.permissions().contains(REQUIRED)) {
            request.abortWith(Problems.response(ProblemType.PERMISSION_MISSING, user.username()
                    + " lacks the permission \"" + REQUIRED.label() + "\", which the AD Sync API needs. "
                    + "Ask an administrator to grant it to the user's security level."));
            return;
        }
        actor.api(user.username(), servletRequest.getRemoteAddr(), user.apiTokenName());
        SecurityContext transport = request.getSecurityContext();
        request.setSecurityContext(new ApiCaller(user, credentials.token() ? "Bearer" : SecurityContext.BASIC_AUTH,
                transport != null && transport.isSecure()));
    }

    /**
     * 401 with the ways to sign in. A browser is not offered Basic: it would ask for a password and then send it
     * with every request to this site, also those that other sites' pages make.
     */
    private static void refuse(ContainerRequestContext request, String detail) {
        var answer = Problems.builder(Problem.of(ProblemType.NOT_SIGNED_IN, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE_BEARER);
        if (!BrowserRequests.madeByBrowser(request)) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE_BASIC);
        }
        request.abortWith(answer.build());
    }

    private static void tooManyTries(ContainerRequestContext request, Duration retryAfter, String detail) {
        request.abortWith(Problems.builder(Problem.of(ProblemType.TOO_MANY_SIGN_INS, detail))
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, retryAfter.toSeconds()))
                .build());
    }

    /** What the Authorization header carries: a token, or a name and password. */
    private record Credentials(boolean token, String name, char[] secret) {

        static Credentials parse(String header) {
            String value = header.strip();
            int space = value.indexOf(' ');
            if (space < 0) {
                return null;
            }
            String scheme = value.substring(0, space);
            String rest = value.substring(space + 1).strip();
            if (scheme.equalsIgnoreCase("Bearer")) {
                return new Credentials(true, null, rest.toCharArray());
            }
            if (!scheme.equalsIgnoreCase("Basic")) {
                return null;
            }
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(rest);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
            CharBuffer decodedChars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(decoded));
            char[] pair = new char[decodedChars.remaining()];
            decodedChars.get(pair);
            Arrays.fill(decoded, (byte) 0);
            Arrays.fill(decodedChars.array(), '\0');
            int colon = indexOf(pair, ':');
            if (colon < 0) {
                return null;
            }
            Credentials credentials = new Credentials(false, new String(pair, 0, colon),
                    Arrays.copyOfRange(pair, colon + 1, pair.length));
            Arrays.fill(pair, '\0');
            return credentials;
        }

        Optional<AuthenticatedUser> checkToken(ApiTokens tokens) {
            try {
                return tokens.authenticate(new String(secret));
            } finally {
                forget();
            }
        }

        SignInOutcome signIn(ConsoleAuthenticator passwords, String clientAddress) {
            try {
                return passwords.signIn(new SignInRequest(name, secret, clientAddress, "API, HTTP Basic"));
            } finally {
                forget();
            }
        }

        void forget() {
            Arrays.fill(secret, '\0');
        }

        private static int indexOf(char[] chars, char wanted) {
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == wanted) {
                    return i;
                }
            }
            return -1;
        }
    }
}
