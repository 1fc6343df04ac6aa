package org.adsync.security;

import java.util.List;
import java.util.Optional;

/** Port to the stored API tokens. */
public interface ApiTokenRepository {

    Optional<ApiToken> findByHash(String tokenHash);

    Optional<ApiToken> findById(long id);

    /** The user's tokens, newest first. */
    List<ApiToken> findByUsername(String username);

    ApiToken add(ApiToken token);

    void remove(ApiToken token);
}
