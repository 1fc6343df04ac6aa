package org.adsync.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens: a console user creates them for scripts and revokes them; the API accepts them instead of a
 * password. A token carries no permissions of its own: it acts with its user's permissions at the time of use.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** Recognisable in logs and secret scanners, and tells a token apart from a password at a glance. */
    public static final String PREFIX = "adsync_";
    public static final int MAX_DAYS_VALID = 730;
    private static final int RANDOM_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Inject
    ApiTokenRepository tokens;

    @Inject
    ConsoleUserRepository users;

    @Inject
    AuditLog audit;

    /**
     * A new token for the user; {@code daysValid} null means until revoked. The value is returned this once. A
     * token asked for with another token ({@code byTokenId}; null for a password) ends no later than that one, whatever
     * was asked: a token that leaked must not be able to mint one that outlives it.
     */
    public IssuedApiToken issue(String username, String name, Integer daysValid, Long byTokenId) {
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty() || trimmedName.length() > ApiToken.MAX_NAME_LENGTH) {
            throw new InvalidApiTokenRequestException("name", "Name the token (1 to " + ApiToken.MAX_NAME_LENGTH
                    + " characters), for example after the script that uses it");
        }
        if (daysValid != null && (daysValid < 1 || daysValid > MAX_DAYS_VALID)) {
            throw new InvalidApiTokenRequestException("daysValid", "A token is valid for 1 to " + MAX_DAYS_VALID
                    + " days, or until revoked when no number of days is given");
        }
        ConsoleUser user = users.findByUsername(username).orElseThrow(
                () -> new UnknownApiTokenException("No console user " + username));
        String token = newTokenValue();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as the database keeps it: the answer says so
        Instant expiresAt = endingNoLaterThanCaller(daysValid == null ? null : now.plus(Duration.ofDays(daysValid)),
                byTokenId);
        ApiToken stored = tokens.add(new ApiToken(user, trimmedName, hash(token), now, expiresAt));
        audit.record(AuditKind.TOKEN_CREATED, AuditTarget.NONE, trimmedName, "For " + username + ", "
                + (expiresAt == null ? "valid until revoked" : "valid until " + expiresAt.truncatedTo(
                ChronoUnit.SECONDS)));
        return new IssuedApiToken(ApiTokenView.of(stored), token);
    }

    /** The asked-for end, or the end of the token that asks if that is sooner (null: until revoked). */
    private Instant endingNoLaterThanCaller(Instant expiresAt, Long byTokenId) {
        Instant limit = byTokenId == null ? null : tokens.findById(byTokenId).flatMap(ApiToken::getExpiresAt)
                .orElse(null);
        return limit != null && (expiresAt == null || expiresAt.isAfter(limit)) ? limit : expiresAt;
    }

    public List<ApiTokenView> tokensOf(String username) {
        return tokens.findByUsername(username).stream().map(ApiTokenView::of).toList();
    }

    /** Revokes one of the user's own tokens; the next call with it is refused. */
    public void revoke(String username, long tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUser().getUsername().equals(username))
                .orElseThrow(() -> new UnknownApiTokenException("You have no API token " + tokenId));
        tokens.remove(token);
        audit.record(AuditKind.TOKEN_REVOKED, AuditTarget.NONE, token.getName(), "Of " + username);
    }

    /**
     * The token's user with their current permissions, when the token exists, has not expired and the user may
     * sign in.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AuthenticatedUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        // every API call comes here: one read, and a write only when the last use recorded is a minute old
        Optional<TokenCaller> valid = tokens.findCaller(hash(token)).filter(caller -> caller.validAt(now));
        valid.filter(caller -> caller.lastUseOutdatedAt(now)).ifPresent(caller -> tokens.recordUse(
                caller.tokenId(), now));
        return valid.map(TokenCaller::user);
    }

    private String newTokenValue() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
