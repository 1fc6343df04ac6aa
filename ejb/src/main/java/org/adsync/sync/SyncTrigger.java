package org.adsync.sync;

/** What started a sync attempt. */
public enum SyncTrigger {
    SCHEDULED, FORCED
}
