package org.adsync.api.sync;

/**
 * An AD Sync's LDAP settings as a request sends them. The bind password is write-only: left out of a PUT, the
 * stored one stays, unless the host or the bind user changes. Enum values are taken as text, so that a wrong one
 * gets a message naming the allowed values.
 */
public record LdapInput(String host, Integer port, String transport, String bindDn, String bindPassword,
                        String baseDn, String filter, String groupDn, String disabledFilter,
                        Integer pageSize,
                        Integer connectTimeoutSeconds, Integer responseTimeoutSeconds,
                        String trustedCertificatesPem) {

    @Override
    public String toString() {
        return "LdapInput[" + transport + "://" + host + ":" + port + ", bindDn=" + bindDn + ", bindPassword="
                + (bindPassword == null ? "(none)" : "(given)") + "]";
    }
}
