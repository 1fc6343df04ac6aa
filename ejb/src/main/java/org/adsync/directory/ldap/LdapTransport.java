package org.adsync.directory.ldap;

/** How the LDAP connection is protected. */
public enum LdapTransport {
    /** TLS from the first byte, port 636 by default. */
    LDAPS(636, "LDAPS"),
    /** Plain LDAP upgraded with the StartTLS extended operation before the bind, port 389 by default. */
    STARTTLS(389, "StartTLS"),
    /** No encryption: the bind password crosses the network readable. Only when an admin explicitly chooses it. */
    PLAIN(389, "plain LDAP");

    private final int defaultPort;
    private final String label;

    LdapTransport(int defaultPort, String label) {
        this.defaultPort = defaultPort;
        this.label = label;
    }

    /** As an admin reads it in a message. */
    public String label() {
        return label;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
