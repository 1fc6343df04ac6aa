package org.adsync.sync;

/** How the LDAP connection is protected. */
public enum LdapTransport {
    /** TLS from the first byte, port 636 by default. */
    LDAPS(636),
    /** Plain LDAP upgraded with the StartTLS extended operation before the bind, port 389 by default. */
    STARTTLS(389),
    /** No encryption: the bind password crosses the network readable. Only when an admin explicitly chooses it. */
    PLAIN(389);

    private final int defaultPort;

    LdapTransport(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
