package org.adsync.sync;

/**
 * A server took over the run lease of a sync whose server stopped holding it (it died or lost the database) and
 * closed that attempt as failed.
 */
public record SyncLeaseTakenOver(long configurationId) {
}
