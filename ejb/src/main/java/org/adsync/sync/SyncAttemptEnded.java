package org.adsync.sync;

import java.time.Duration;

/** A sync or preview ended, with its outcome, how long it ran and what it counted. */
public record SyncAttemptEnded(long configurationId, SyncTrigger trigger, SyncOutcome outcome, Duration duration,
                               AttemptCounts counts) {
}
