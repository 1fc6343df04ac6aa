package org.adsync.directory.ldap.contentsync;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a content-synchronization read ended: the server's cookie, when the last full read was, and a digest of
 * the scoped group's members at that read (membership is the group's attribute, so a change of it changes no user
 * the server would send). Stored by the sync as an opaque position
 * ({@code rfc4533:1:fullReadEpochSecond:membersDigest:base64url(cookie)}).
 */
public record CookiePosition(byte[] cookie, Instant fullReadAt, String membersDigest) {

    private static final Pattern TOKEN = Pattern.compile("rfc4533:1:(\\d+):([^:]+):([A-Za-z0-9_-]*)");
    /** OpenLDAP's cookie: {@code rid=001,sid=002,csn=20261130223000.123456Z#000000#000#000000[;csn2...]}. */
    private static final Pattern CSN = Pattern.compile("csn=([^,]+)");

    public String token() {
        return "rfc4533:1:" + fullReadAt.getEpochSecond() + ":" + membersDigest + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(cookie);
    }

    /** The position a token gives; empty for anything else (a USN position, a request for a full read, garbage). */
    public static Optional<CookiePosition> parse(String token) {
        Matcher m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CookiePosition(Base64.getUrlDecoder().decode(m.group(3)),
                    Instant.ofEpochSecond(Long.parseLong(m.group(1))), m.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The oldest change sequence number the cookie names (one per provider in a multi-provider set-up), in the form
     * an {@code entryCSN>=} filter takes; empty if the cookie is not OpenLDAP's.
     */
    public Optional<String> oldestChangeSequenceNumber() {
        Matcher m = CSN.matcher(new String(cookie, java.nio.charset.StandardCharsets.UTF_8));
        return m.find() ? Arrays.stream(m.group(1).split(";")).filter(csn -> !csn.isBlank())
                .min(Comparator.naturalOrder()) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CookiePosition that && Arrays.equals(cookie, that.cookie)
                && fullReadAt.equals(that.fullReadAt) && membersDigest.equals(that.membersDigest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cookie) * 31 + fullReadAt.hashCode();
    }

    @Override
    public String toString() {
        return token();
    }
}
