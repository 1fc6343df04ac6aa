package org.adsync.sync;

import org.adsync.directory.DirectoryType;
import org.adsync.directory.SslStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the AD Sync list page (for Entra ID syncs with the client secret's expiry date), with its last attempts
 * (latest first) for the Status (Last 10) column.
 */
public record SyncListRow(long id, long organizationId, String organizationName, boolean enabled,
                          DirectoryType directoryType, long syncedUsers, long conflicts, SslStatus sslStatus,
                          String sslDetail, Instant certificateExpiresAt, LocalDate clientSecretExpiresOn,
                          String billingProductName, Instant lastSyncAt, Instant nextSyncAt,
                          List<SyncAttemptView> lastAttempts) {

    public SyncListRow withLastAttempts(List<SyncAttemptView> attempts) {
        return new SyncListRow(id, organizationId, organizationName, enabled, directoryType, syncedUsers, conflicts,
                sslStatus, sslDetail, certificateExpiresAt, clientSecretExpiresOn, billingProductName, lastSyncAt,
                nextSyncAt, List.copyOf(attempts));
    }

    /** An Entra ID sync's client secret against its expiry date; null for LDAP syncs. */
    public SecretExpiry clientSecretExpiry(LocalDate today) {
        return directoryType == DirectoryType.AZURE ? SecretExpiry.of(clientSecretExpiresOn, today) : null;
    }
}
