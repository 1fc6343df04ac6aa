/**
 * The API's AD Sync resources: the list, each sync's settings, Test Connection, Force Sync, the history and the
 * directory users, over {@code SyncAdministration}, {@code SyncScheduler} and {@code DirectoryUserAdministration}.
 */
package org.adsync.api.sync;

