package org.adsync.api.sync;

import org.adsync.directory.DirectoryType;
import org.adsync.directory.SslStatus;
import org.adsync.sync.ContactField;
import org.adsync.sync.DeactivationLimit;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.admin.SyncConfigurationView;
import org.adsync.sync.admin.SyncConfigurationView.AzureSettingsView;
import org.adsync.sync.admin.SyncConfigurationView.LdapSettingsView;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An AD Sync as the API shows it: the list page's columns (organization, enabled, AD type, synced users,
 * conflicts, SSL status, last sync, next sync, billing product, the last 10 attempts) and the Setup tab's settings.
 * Secrets never appear; {@code ldap.bindPasswordSet} and {@code azure.clientSecretSet} say whether one is stored.
 */
public record SyncRepresentation(long id, Reference organization, boolean enabled, DirectoryType directoryType,
                                 LdapSettingsView ldap, AzureSettingsView azure, List<ContactField> fields,
                                 Reference billingProduct,
                                 Duration interval, DeactivationLimit deactivationLimit, long syncedUsers,
                                 long conflicts, Ssl ssl,
                                 SyncAttemptView lastSync, Instant nextSyncAt, List<SyncAttemptView> lastAttempts) {

    /** Another record by id, with its name for people reading the output. */
    public record Reference(long id, String name) {
    }

    /** What the certificate at the last connection showed, and whether an admin needs to act. */
    public record Ssl(SslStatus status, String label, boolean needsAction, String detail, Instant expiresAt) {
    }

    static SyncRepresentation of(SyncConfigurationView v) {
        return new SyncRepresentation(v.id(), new Reference(v.organizationId(), v.organizationName()), v.enabled(),
                v.directoryType(), v.ldap(), v.azure(), v.fields().stream().sorted().toList(),
                v.billingProductId() == null ? null : new Reference(v.billingProductId(), v.billingProductName()),
                v.interval(), v.deactivationLimit(), v.syncedUsers(), v.conflicts(),
                new Ssl(v.sslStatus(), v.sslStatus().label(), v.sslStatus().needsAction(), v.sslDetail(),
                        v.certificateExpiresAt()),
                v.lastAttempt(), v.nextSyncAt(), v.lastAttempts());
    }
}
