package org.adsync.sync.admin;

import org.adsync.directory.DirectoryType;
import org.adsync.directory.SslStatus;
import org.adsync.directory.graph.AzureCloud;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.sync.AzureSettings;
import org.adsync.sync.ContactField;
import org.adsync.sync.DeactivationLimit;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.SecretExpiry;
import org.adsync.sync.SyncAttemptView;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An AD Sync as the list page, the Setup tab and the API show it: its settings (never the secret, only whether one
 * is set), what it found at the last connection and sync, and when it syncs next.
 */
public record SyncConfigurationView(long id, long organizationId, String organizationName, boolean enabled,
                                    DirectoryType directoryType, LdapSettingsView ldap, AzureSettingsView azure,
                                    Set<ContactField> fields,
                                    Long billingProductId, String billingProductName, SslStatus sslStatus,
                                    String sslDetail, Instant certificateExpiresAt, long syncedUsers,
                                    long conflicts, Duration interval, DeactivationLimit deactivationLimit,
                                    Instant nextSyncAt,
                                    List<SyncAttemptView> lastAttempts) {

    /** The LDAP settings as saved; the bind password only as "set" or not. */
    public record LdapSettingsView(String host, int port, LdapTransport transport, String bindDn,
                                   boolean bindPasswordSet, String baseDn, String filter, String groupDn,
                                   String disabledFilter,
                                   int pageSize, int connectTimeoutSeconds, int responseTimeoutSeconds,
                                   String trustedCertificatesPem) {

        static LdapSettingsView of(LdapSettings s) {
            return new LdapSettingsView(s.host(), s.port(), s.transport(), s.bindDn(),
                    s.encryptedBindPassword() != null, s.baseDn(), s.filter(), s.groupDn(), s.disabledFilter(),
                    s.pageSize(),
                    s.connectTimeoutSeconds(), s.responseTimeoutSeconds(), s.trustedCertificatesPem());
        }
    }

    /**
     * The Entra ID settings as saved; the client secret only as "set" or not, with where its expiry date stands.
     * {@code changesTracked}: the last sync stored Graph's delta link, so the next one reads only the changes.
     */
    public record AzureSettingsView(String tenantId, String clientId, boolean clientSecretSet,
                                    LocalDate clientSecretExpiresOn, SecretExpiry clientSecretExpiry, String groupId,
                                    AzureCloud cloud, String loginHost, String graphHost,
                                    String trustedCertificatesPem, boolean changesTracked) {

        static AzureSettingsView of(AzureSettings s, boolean changesTracked, LocalDate today) {
            return new AzureSettingsView(s.tenantId(), s.clientId(), s.encryptedClientSecret() != null,
                    s.clientSecretExpiresOn(), SecretExpiry.of(s.clientSecretExpiresOn(), today), s.groupId(),
                    s.cloud(), s.loginHost(), s.graphHost(), s.trustedCertificatesPem(), changesTracked);
        }
    }

    /** The latest attempt, finished or running; null before the first sync. */
    public SyncAttemptView lastAttempt() {
        return lastAttempts.isEmpty() ? null : lastAttempts.get(0);
    }
}
