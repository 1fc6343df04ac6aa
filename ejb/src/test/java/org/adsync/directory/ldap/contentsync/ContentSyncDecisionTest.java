package org.adsync.directory.ldap.contentsync;

import org.adsync.directory.DeltaPosition;
import org.adsync.directory.ldap.activedirectory.UsnPosition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSyncDecisionTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void aCookieSurvivesItsTokenAndNamesItsOldestChangeSequenceNumber() {
        CookiePosition position = position("rid=001,sid=002,csn=20261130110000.000000Z#000000#002#000000;"
                + "20261130100000.000000Z#000000#001#000000", NOW, "ab12");

        CookiePosition parsed = CookiePosition.parse(position.token()).orElseThrow();
        assertEquals(position, parsed);
        assertEquals(Optional.of("20261130100000.000000Z#000000#001#000000"), parsed.oldestChangeSequenceNumber(),
                "with two providers, the older: a user changed on either since is not missed");
        assertEquals(Optional.empty(), CookiePosition.parse(new UsnPosition("dc1", "0c4cda6f-0a1b-4e7c-9d9c-"
                + "1234567890ab", 5, NOW).token()), "an Active Directory position is not a cookie");
    }

    @Test
    void aStoredCookieIsContinuedFromUnlessSomethingAsksForAFullRead() {
        String token = position("rid=000,csn=20261130110000.000000Z#000000#000#000000", NOW.minus(Duration.ofDays(1)),
                "-").token();

        assertTrue(ContentSyncDecision.of(token, "-", NOW, WEEK).delta());
        assertEquals("Full read: the members of the group that limits the users in scope changed.",
                ContentSyncDecision.of(token, "ff00", NOW, WEEK).note());
        assertEquals("Full read: the last full read was more than 7 days ago.",
                ContentSyncDecision.of(token, "-", NOW.plus(WEEK), WEEK).note());
        assertEquals("Full read: the settings changed.",
                ContentSyncDecision.of(DeltaPosition.fullReadBecause("the settings changed"), "-", NOW, WEEK).note());
        assertEquals("Full read: no earlier read of this directory to continue from.",
                ContentSyncDecision.of(null, "-", NOW, WEEK).note());
        ContentSyncDecision noCsn = ContentSyncDecision.of(position("rid=000", NOW, "-").token(), "-", NOW, WEEK);
        assertFalse(noCsn.delta());
        assertEquals("Full read: the server's synchronization cookie names no change sequence number.", noCsn.note());
    }

    private static CookiePosition position(String cookie, Instant fullReadAt, String digest) {
        return new CookiePosition(cookie.getBytes(StandardCharsets.UTF_8), fullReadAt, digest);
    }
}
