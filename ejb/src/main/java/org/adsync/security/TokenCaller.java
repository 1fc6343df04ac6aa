package org.adsync.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Who calls with an API token, as one query reads it for every call: the token, and its user with the permissions
 * of their security level now.
 */
public record TokenCaller(long tokenId, String tokenName, Instant expiresAt, Instant lastUsedAt, String username,
                          String displayName, boolean enabled, boolean mustChangePassword,
                          String ssoIssuer, String ssoSubject, Set<Permission> permissions) {

    /** The last use is kept to the minute, not written at every call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    public TokenCaller {
        permissions = Set.copyOf(permissions);
    }

    /** A token stops with its expiry and with its user being disabled. */
    boolean validAt(Instant now) {
        return enabled && (expiresAt == null || now.isBefore(expiresAt));
    }

    boolean lastUseOutdatedAt(Instant now) {
        return lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now);
    }

    AuthenticatedUser user() {
        return new AuthenticatedUser(username, displayName, permissions, tokenName, tokenId, mustChangePassword,
                ssoIssuer, ssoSubject);
    }
}
