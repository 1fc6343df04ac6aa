package org.adsync.security;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** API tokens in a list, for the tests of the services that revoke them. */
public final class InMemoryApiTokens implements ApiTokenRepository {

    private final List<ApiToken> tokens = new ArrayList<>();

    /** A token of that user, as if they had created it now; ids as the database would give them. */
    public ApiToken issue(ConsoleUser user, String name) {
        ApiToken token = new ApiToken(user, name, Integer.toHexString(tokens.size()), Instant.now(), null);
        try {
            Field id = ApiToken.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(token, tokens.size() + 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return add(token);
    }

    @Override
    public Optional<TokenCaller> findCaller(String tokenHash) {
        return Optional.empty();
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return tokens.stream().filter(token -> token.getId() != null && token.getId() == id).findFirst();
    }

    @Override
    public List<ApiToken> findByUsername(String username) {
        return tokens.stream().filter(token -> token.getUser().getUsername().equals(username)).toList();
    }

    @Override
    public ApiToken add(ApiToken token) {
        tokens.add(token);
        return token;
    }

    @Override
    public void remove(ApiToken token) {
        tokens.remove(token);
    }

    @Override
    public int removeAllOf(String username, Long keptTokenId) {
        List<ApiToken> going = findByUsername(username).stream()
                .filter(token -> !Objects.equals(token.getId(), keptTokenId)).toList();
        tokens.removeAll(going);
        return going.size();
    }

    @Override
    public void recordUse(long tokenId, Instant at) {
        // not kept
    }
}
