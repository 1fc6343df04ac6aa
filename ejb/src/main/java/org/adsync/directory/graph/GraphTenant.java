package org.adsync.directory.graph;

import org.adsync.directory.DirectorySource;
import org.adsync.directory.DirectoryType;

import java.util.Arrays;

/**
 * One Entra ID tenant as the Graph adapter reaches it: the app registration with its decrypted client secret, the
 * cloud's sign-in and Graph hosts, the group in scope (null: every member user), and {@code deltaLink}, where the
 * last successful read ended (null: read every user).
 */
public record GraphTenant(String tenantId, String clientId, char[] clientSecret, String groupId, AzureCloud cloud,
                          String loginHost, String graphHost, String trustedCertificatesPem, String deltaLink)
        implements DirectorySource {

    @Override
    public DirectoryType type() {
        return DirectoryType.AZURE;
    }

    @Override
    public void close() {
        if (clientSecret != null) {
            Arrays.fill(clientSecret, '\0');
        }
    }

    @Override
    public String toString() {
        return "GraphTenant[tenant=" + tenantId + ", client=" + clientId + ", group=" + groupId + ", login="
                + loginHost + ", graph=" + graphHost + ", clientSecret=(hidden)]";
    }
}
