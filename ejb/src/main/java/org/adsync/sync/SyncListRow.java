package org.adsync.sync;

import java.time.Instant;
import java.util.List;

/** One row of the AD Sync list page, with its last attempts (latest first) for the Status (Last 10) column. */
public record SyncListRow(long id, long organizationId, String organizationName, boolean enabled,
                          DirectoryType directoryType, long syncedUsers, long conflicts, SslStatus sslStatus,
                          String sslDetail, Instant certificateExpiresAt, String billingProductName,
                          Instant lastSyncAt, Instant nextSyncAt, List<SyncAttemptView> lastAttempts) {

    public SyncListRow withLastAttempts(List<SyncAttemptView> attempts) {
        return new SyncListRow(id, organizationId, organizationName, enabled, directoryType, syncedUsers, conflicts,
                sslStatus, sslDetail, certificateExpiresAt, billingProductName, lastSyncAt, nextSyncAt,
                List.copyOf(attempts));
    }
}
