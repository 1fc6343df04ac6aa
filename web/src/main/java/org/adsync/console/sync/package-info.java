/**
 * The AD Sync pages: the list of every organization's sync ({@code admin/ad-sync.xhtml}) and one sync's Setup and
 * AD Users tabs ({@code admin/ad-sync-edit.xhtml}), over {@code SyncList}, {@code SyncAdministration},
 * {@code SyncScheduler} and {@code DirectoryUserAdministration}.
 */
package org.adsync.console.sync;

