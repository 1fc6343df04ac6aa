package org.adsync.api.sync;

import org.adsync.api.sync.SyncRepresentation.Reference;
import org.adsync.api.sync.SyncRepresentation.Ssl;
import org.adsync.directory.DirectoryType;
import org.adsync.sync.SecretExpiry;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncListRow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One row of {@code GET /syncs}, the list page's columns: organization, enabled, AD type, synced users, conflicts,
 * SSL status (for Entra ID syncs, {@code clientSecret} instead), last sync, next sync, billing product and the last
 * 10 attempts (latest first).
 */
public record SyncRow(long id, Reference organization, boolean enabled, DirectoryType directoryType,
                      long syncedUsers, long conflicts, Ssl ssl, ClientSecret clientSecret, Instant lastSyncAt,
                      Instant nextSyncAt, String billingProduct, List<SyncAttemptView> lastAttempts) {

    /** An Entra ID sync's client secret against the expiry date entered for it. */
    public record ClientSecret(SecretExpiry status, String label, boolean needsAction, LocalDate expiresOn) {
    }

    static SyncRow of(SyncListRow row) {
        SecretExpiry expiry = row.clientSecretExpiry(LocalDate.now(ZoneOffset.UTC));
        return new SyncRow(row.id(), new Reference(row.organizationId(), row.organizationName()), row.enabled(),
                row.directoryType(), row.syncedUsers(), row.conflicts(),
                new Ssl(row.sslStatus(), row.sslStatus().label(), row.sslStatus().needsAction(), row.sslDetail(),
                        row.certificateExpiresAt()),
                expiry == null ? null : new ClientSecret(expiry, expiry.label(), expiry.needsAction(),
                        row.clientSecretExpiresOn()),
                row.lastSyncAt(), row.enabled() ? row.nextSyncAt() : null, row.billingProductName(),
                row.lastAttempts());
    }
}
