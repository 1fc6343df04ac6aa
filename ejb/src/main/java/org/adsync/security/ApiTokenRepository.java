package org.adsync.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the stored API tokens. */
public interface ApiTokenRepository {

    /** The token with that hash and its user, read in one query. */
    Optional<TokenCaller> findCaller(String tokenHash);

    Optional<ApiToken> findById(long id);

    /** The user's tokens, newest first. */
    List<ApiToken> findByUsername(String username);

    ApiToken add(ApiToken token);

    void remove(ApiToken token);

    /** Removes the user's tokens but the one with that id (null: all), answering how many went. */
    int removeAllOf(String username, Long keptTokenId);

    /** Records the token's use, in a transaction of its own if none runs. */
    void recordUse(long tokenId, Instant at);
}
