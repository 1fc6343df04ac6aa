package org.adsync.sync;

/** A sync or preview began: its attempt is recorded as running. */
public record SyncAttemptStarted(long configurationId, SyncTrigger trigger) {
}
