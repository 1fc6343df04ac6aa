package org.adsync.security.sso;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A sign-in sent to the provider and not back yet, kept by the browser (sealed): the {@code state} that must come
 * back with the code, the {@code nonce} the ID token must carry, and the PKCE code verifier only this server knows.
 * Each is used once; a sign-in left unfinished for {@link #LIFETIME} is void.
 */
public record PendingSsoSignIn(String state, String nonce, String codeVerifier, String returnTo, Instant startedAt)
        implements Serializable {

    public static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    public static PendingSsoSignIn start(String returnTo, Instant now) {
        return new PendingSsoSignIn(random(24), random(24), random(48), returnTo, now);
    }

    public boolean expiredAt(Instant now) {
        return now.isAfter(startedAt.plus(LIFETIME));
    }

    /** Random URL-safe text of that many bytes; 48 bytes give PKCE's 64 characters (43 to 128 allowed). */
    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
