package org.adsync.directory.ldap.contentsync;

import org.adsync.directory.DeltaPosition;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a content-synchronization read may continue from the stored cookie, or must read every user, and why:
 * nothing stored, the sync asked for a full read (new settings, an admin), the scoped group's members changed, the
 * cookie names no change sequence number to find users that left the scope by, or the last full read is older than
 * the maximum age. A server that no longer holds the changes since the cookie says so itself (e-syncRefreshRequired).
 */
public record ContentSyncDecision(CookiePosition since, String note) {

    public boolean delta() {
        return since != null;
    }

    public static ContentSyncDecision full(String why) {
        return new ContentSyncDecision(null, "Full read: " + why + ".");
    }

    public static ContentSyncDecision of(String storedPosition, String membersDigest, Instant clock,
                                         Duration maxFullReadAge) {
        Optional<String> asked = DeltaPosition.fullReadReason(storedPosition);
        if (asked.isPresent()) {
            return full(asked.get());
        }
        Optional<CookiePosition> stored = CookiePosition.parse(storedPosition);
        if (stored.isEmpty()) {
            return full("no earlier read of this directory to continue from");
        }
        CookiePosition last = stored.get();
        if (!last.membersDigest().equals(membersDigest)) {
            return full("the members of the group that limits the users in scope changed");
        }
        if (last.oldestChangeSequenceNumber().isEmpty()) {
            return full("the server's synchronization cookie names no change sequence number");
        }
        if (last.fullReadAt().plus(maxFullReadAge).isBefore(clock)) {
            return full("the last full read was more than " + maxFullReadAge.toDays() + " days ago");
        }
        return new ContentSyncDecision(last, "Only the changes the server reported since the last read (RFC 4533 "
                + "content synchronization) were read.");
    }
}
