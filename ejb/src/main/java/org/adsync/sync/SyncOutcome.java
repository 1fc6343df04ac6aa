package org.adsync.sync;

/** How a sync attempt ended; RUNNING while it has not. */
public enum SyncOutcome {
    RUNNING, SUCCEEDED, FAILED
}
