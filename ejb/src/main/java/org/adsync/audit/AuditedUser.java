package org.adsync.audit;

import java.io.Serializable;
import java.util.Objects;

/**
 * A console user as the audit trail records them: their name at the time, and for a user of the single sign-on
 * provider the provider's issuer and subject, which stay when the name changes. Two people who held the same name
 * one after the other are told apart by these.
 */
public record AuditedUser(String name, String issuer, String subject) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AuditedUser {
        Objects.requireNonNull(name, "name");
        if ((issuer == null) != (subject == null)) {
            throw new IllegalArgumentException("an issuer and a subject go together");
        }
    }

    /** A user who signs in with a password (or nobody known: a name as given). */
    public static AuditedUser named(String name) {
        return new AuditedUser(name, null, null);
    }

    /** A user the single sign-on provider vouches for. */
    public static AuditedUser signedOnBy(String name, String issuer, String subject) {
        return new AuditedUser(name, Objects.requireNonNull(issuer, "issuer"), Objects.requireNonNull(subject,
                "subject"));
    }
}
