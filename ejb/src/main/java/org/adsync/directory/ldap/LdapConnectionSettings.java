package org.adsync.directory.ldap;

import org.adsync.directory.DirectorySource;
import org.adsync.directory.DirectoryType;

import java.util.Arrays;

/**
 * One LDAP directory as the adapter reaches it: server, transport, bind user with the decrypted password (null
 * where only the syntax is checked), and what is in scope. {@code filter} null means the usual filter of the
 * server's kind; {@code disabledFilter} null means only the server's own flag says who is disabled.
 */
public record LdapConnectionSettings(String host, int port, LdapTransport transport, String bindDn,
                                     char[] bindPassword, String baseDn, String filter, String groupDn,
                                     String disabledFilter, int pageSize, int connectTimeoutSeconds,
                                     int responseTimeoutSeconds, String trustedCertificatesPem,
                                     String deltaPosition)
        implements DirectorySource {

    @Override
    public DirectoryType type() {
        return DirectoryType.LDAP;
    }

    @Override
    public void close() {
        if (bindPassword != null) {
            Arrays.fill(bindPassword, '\0');
        }
    }

    @Override
    public String toString() {
        return "LdapConnectionSettings[" + transport + "://" + host + ":" + port + ", bindDn=" + bindDn + ", baseDn="
                + baseDn + ", filter=" + filter + ", groupDn=" + groupDn + ", disabledFilter=" + disabledFilter
                + ", bindPassword=(hidden)]";
    }
}
