package org.adsync.directory.ldap.activedirectory;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an Active Directory read ended: the domain controller (name and invocation ID), its highest committed update
 * sequence number when the read began, and when the last full read was. Stored by the sync as an opaque position
 * ({@code ad-usn:1:invocationId:usn:fullReadEpochSecond:host}).
 */
public record UsnPosition(String hostName, String invocationId, long usn, Instant fullReadAt) {

    private static final Pattern TOKEN = Pattern.compile("ad-usn:1:([0-9a-f-]{36}):(\\d+):(\\d+):(.+)");

    public String token() {
        return "ad-usn:1:" + invocationId + ":" + usn + ":" + fullReadAt.getEpochSecond() + ":" + hostName;
    }

    /** The position a token gives; empty for anything else (a Graph link, a request for a full read, garbage). */
    public static Optional<UsnPosition> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UsnPosition(m.group(4), m.group(1), Long.parseLong(m.group(2)),
                    Instant.ofEpochSecond(Long.parseLong(m.group(3)))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
