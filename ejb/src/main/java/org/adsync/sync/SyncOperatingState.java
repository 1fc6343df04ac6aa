package org.adsync.sync;

import java.time.Instant;

/**
 * A configuration as an operator watches it: when its last sync succeeded (null: never), how many failed since,
 * its conflicts now, and whether a server runs it now.
 */
public record SyncOperatingState(long configurationId, long organizationId, String organizationName, boolean enabled,
                                 Instant lastSucceededAt, int failuresInARow, int conflicts, boolean running) {
}
