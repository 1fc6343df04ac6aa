package org.adsync.sync;

import org.adsync.directory.DirectoryType;
/**
 * Which AD Syncs the list page shows and in which order: filtered by a part of the organization's name, the AD type
 * and whether enabled (null: any), sorted by one column.
 */
public record SyncListQuery(String organizationName, DirectoryType directoryType, Boolean enabled, SortField sort,
                            boolean descending) {

    /** The list's sortable columns. */
    public enum SortField { ORGANIZATION, ENABLED, DIRECTORY_TYPE, SYNCED_USERS, CONFLICTS, SSL_STATUS, LAST_SYNC,
        NEXT_SYNC, BILLING_PRODUCT }

    public SyncListQuery {
        organizationName = organizationName == null || organizationName.isBlank() ? null : organizationName.strip();
        sort = sort == null ? SortField.ORGANIZATION : sort;
    }
}
