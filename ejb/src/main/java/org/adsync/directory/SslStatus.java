package org.adsync.directory;

/** What the certificate seen at the last connection to an LDAP directory calls for (the list's "SSL Status"). */
public enum SslStatus {
    UNKNOWN("No connection yet", false),
    OK("Certificate OK", false),
    EXPIRING_SOON("Certificate expires within 30 days", true),
    EXPIRED("Certificate expired", true),
    UNTRUSTED_CHAIN("Certificate not trusted", true),
    HOST_NAME_MISMATCH("Certificate does not name the host", true),
    NOT_ENCRYPTED("Plain LDAP: not encrypted", true),
    NOT_APPLICABLE("Not applicable", false);

    private final String label;
    private final boolean needsAction;

    SslStatus(String label, boolean needsAction) {
        this.label = label;
        this.needsAction = needsAction;
    }

    public String label() {
        return label;
    }

    public boolean needsAction() {
        return needsAction;
    }

    /** How the list marks it: a certificate about to expire is a warning; one that fails now is an error. */
    public String severity() {
        return !needsAction ? "none" : this == EXPIRING_SOON ? "warning" : "error";
    }

    /** Whether no password may be sent over a connection showing this certificate. */
    public boolean refusesBind() {
        return this == EXPIRED || this == UNTRUSTED_CHAIN || this == HOST_NAME_MISMATCH;
    }
}
