package org.adsync.sync;

/**
 * A CDI event: a configuration was created or changed (settings, enabled, interval), inside the transaction that
 * saves it. The scheduler observes it to keep the configuration's timer in step.
 */
public record SyncConfigurationSaved(long configurationId) {
}
