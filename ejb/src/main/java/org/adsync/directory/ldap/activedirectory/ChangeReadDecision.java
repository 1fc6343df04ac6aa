package org.adsync.directory.ldap.activedirectory;

import org.adsync.directory.DeltaPosition;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether an Active Directory read may take only what changed since the stored position, or must read every user,
 * and why: a delta is only as good as the domain controller's memory of its changes. A full read when nothing is
 * stored, the sync asked for one (new settings, an admin), another controller answers (round-robin DNS), the
 * controller was restored (another invocation ID), its USN went back, or the last full read is older than the
 * maximum age.
 */
public record ChangeReadDecision(Long sinceUsn, Instant fullReadAt, String note) {

    public boolean delta() {
        return sinceUsn != null;
    }

    public static ChangeReadDecision full(String why) {
        return new ChangeReadDecision(null, null, "Full read: " + why + ".");
    }

    public static ChangeReadDecision of(String storedPosition, DomainController now, Instant clock,
                                        Duration maxFullReadAge) {
        Optional<String> asked = DeltaPosition.fullReadReason(storedPosition);
        if (asked.isPresent()) {
            return full(asked.get());
        }
        if (!now.tracksChanges()) {
            return full("the domain controller does not announce its name, invocation ID and update sequence "
                    + "number");
        }
        Optional<UsnPosition> stored = UsnPosition.parse(storedPosition);
        if (stored.isEmpty()) {
            return full("no earlier read of this domain to continue from");
        }
        UsnPosition last = stored.get();
        if (!last.hostName().equalsIgnoreCase(now.hostName())) {
            return full("the domain controller changed from " + last.hostName() + " to " + now.hostName()
                    + " (update sequence numbers are each controller's own)");
        }
        if (!last.invocationId().equals(now.invocationId())) {
            return full("the invocation ID of " + now.hostName() + " changed (restored from a backup?)");
        }
        if (now.highestCommittedUsn() < last.usn()) {
            return full("the update sequence number of " + now.hostName() + " went back from " + last.usn()
                    + " to " + now.highestCommittedUsn());
        }
        if (last.fullReadAt().plus(maxFullReadAge).isBefore(clock)) {
            return full("the last full read was more than " + maxFullReadAge.toDays() + " days ago");
        }
        return new ChangeReadDecision(last.usn(), last.fullReadAt(), "Only the changes since USN " + last.usn()
                + " on " + now.hostName() + " were read.");
    }
}
