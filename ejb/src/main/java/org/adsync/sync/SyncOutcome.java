package org.adsync.sync;

/** How a sync attempt ended; RUNNING while it has not. */
public enum SyncOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED,
    /** The read was complete but would have deactivated more contacts than allowed: nothing was written. */
    HELD
}
