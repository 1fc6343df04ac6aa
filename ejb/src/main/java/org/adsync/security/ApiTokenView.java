package org.adsync.security;

import java.time.Instant;

/** An API token as its owner sees it later: never the token itself. */
public record ApiTokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.getId(), token.getName(), token.getCreatedAt(),
                token.getExpiresAt().orElse(null), token.getLastUsedAt().orElse(null));
    }
}
