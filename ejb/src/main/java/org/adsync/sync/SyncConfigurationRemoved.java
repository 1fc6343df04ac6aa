package org.adsync.sync;

/** A CDI event: a configuration is being removed, inside the transaction that removes it. */
public record SyncConfigurationRemoved(long configurationId) {
}
