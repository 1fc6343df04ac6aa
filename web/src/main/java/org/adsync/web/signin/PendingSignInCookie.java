package org.adsync.web.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.adsync.secret.SecretCipher;
import org.adsync.secret.SecretUnreadableException;
import org.adsync.security.sso.PendingSsoSignIn;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sign-in sent to the provider, kept in the browser rather than in a server session, so that anyone may open
 * "Sign in with …" as often as they like without costing the server memory: an HttpOnly cookie per sign-in under way
 * (named by its state, so that several tabs may sign in at once), sealed with the installation's AES-GCM key (nobody
 * can read the PKCE verifier in it or forge one), that only the callback's path receives and that lives as long as
 * the sign-in may take. Every server of a cluster can open it.
 */
final class PendingSignInCookie {

    private static final String PREFIX = "adsync_sso_";
    private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final int MAX_RETURN_TO = 1000;
    private static final char SEPARATOR = '\n';

    private PendingSignInCookie() {
    }

    /** Gives the browser the sign-in, sealed, for the callback to bring back. */
    static void give(PendingSsoSignIn pending, SecretCipher cipher, HttpServletRequest request,
                     HttpServletResponse response) {
        String returnTo = pending.returnTo() == null || pending.returnTo().length() > MAX_RETURN_TO ? ""
                : pending.returnTo();
        char[] plain = String.join(String.valueOf(SEPARATOR), pending.state(), pending.nonce(),
                pending.codeVerifier(), Long.toString(pending.startedAt().toEpochMilli()), returnTo).toCharArray();
        try {
            String sealed = cipher.encrypt(plain);
            response.addCookie(cookie(request, pending.state(), Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(sealed.getBytes(StandardCharsets.US_ASCII)), (int) PendingSsoSignIn.LIFETIME
                    .toSeconds()));
        } finally {
            Arrays.fill(plain, '\0');
        }
    }

    /**
     * Takes back the sign-in of the callback's {@code state}, if this browser started it, and tells the browser to
     * forget it: each is used once. A missing, tampered or foreign cookie is no sign-in at all.
     */
    static Optional<PendingSsoSignIn> take(String state, SecretCipher cipher, HttpServletRequest request,
                                           HttpServletResponse response) {
        if (state == null || !STATE.matcher(state).matches() || request.getCookies() == null) {
            return Optional.empty();
        }
        Optional<String> value = Arrays.stream(request.getCookies()).filter(c -> (PREFIX + state).equals(c.getName()))
                .map(Cookie::getValue).findFirst();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        response.addCookie(cookie(request, state, "", 0));
        return opened(value.get(), cipher).filter(pending -> pending.state().equals(state));
    }

    private static Optional<PendingSsoSignIn> opened(String value, SecretCipher cipher) {
        char[] plain = null;
        try {
            plain = cipher.decrypt(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII));
            String[] parts = new String(plain).split(String.valueOf(SEPARATOR), -1);
            if (parts.length != 5) {
                return Optional.empty();
            }
            return Optional.of(new PendingSsoSignIn(parts[0], parts[1], parts[2], parts[4].isEmpty() ? null
                    : parts[4], Instant.ofEpochMilli(Long.parseLong(parts[3]))));
        } catch (SecretUnreadableException | IllegalArgumentException e) {
            return Optional.empty(); // not sealed with this installation's key: not a sign-in this server started
        } finally {
            if (plain != null) {
                Arrays.fill(plain, '\0');
            }
        }
    }

    /** Only the callback receives it; scripts never see it; it goes with the provider's redirect back (Lax). */
    private static Cookie cookie(HttpServletRequest request, String state, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(PREFIX + state, value);
        cookie.setPath(request.getContextPath() + SingleSignOnFlow.CALLBACK);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
