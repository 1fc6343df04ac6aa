package org.adsync.sync;

/** The AD Users tab's sortable columns. */
public enum DirectoryUserSort {
    NAME, EMAIL, USER_PRINCIPAL_NAME, STATUS, CHANGED
}
