package org.adsync.api.sync;

import org.adsync.api.sync.SyncRepresentation.Reference;
import org.adsync.api.sync.SyncRepresentation.Ssl;
import org.adsync.sync.DirectoryType;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncListRow;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code GET /syncs}, the list page's columns: organization, enabled, AD type, synced users, conflicts,
 * SSL status, last sync, next sync, billing product and the last 10 attempts (latest first).
 */
public record SyncRow(long id, Reference organization, boolean enabled, DirectoryType directoryType,
                      long syncedUsers, long conflicts, Ssl ssl, Instant lastSyncAt, Instant nextSyncAt,
                      String billingProduct, List<SyncAttemptView> lastAttempts) {

    static SyncRow of(SyncListRow row) {
        return new SyncRow(row.id(), new Reference(row.organizationId(), row.organizationName()), row.enabled(),
                row.directoryType(), row.syncedUsers(), row.conflicts(),
                new Ssl(row.sslStatus(), row.sslStatus().label(), row.sslStatus().needsAction(), row.sslDetail(),
                        row.certificateExpiresAt()),
                row.lastSyncAt(), row.enabled() ? row.nextSyncAt() : null, row.billingProductName(),
                row.lastAttempts());
    }
}
