package org.adsync.sync.engine;

import org.adsync.sync.SyncAttempt;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a run that read only the changes must reconcile beyond the users it wrote: the directory users changed since
 * the last successful sync began (its own read's changes included, and those of a failed or held run since, which
 * were never reconciled) and the contacts edited since that sync ended (an edit in the PSA, which the sync reverts).
 *
 * <p>Both instants are taken back by the most that the clocks of a cluster's nodes may differ (system property
 * {@value #CLOCK_SKEW_PROPERTY}, 10 s by default; NTP keeps them within milliseconds): a user changed by a later
 * run on another node, or a contact edited there, is then never dated before the window. A contact edited in the
 * PSA while that sync ran, after the sync had passed it, waits for the next full read (every 7 days by default).
 */
record ChangedSince(Instant users, Instant contacts) {

    static final String CLOCK_SKEW_PROPERTY = "adsync.cluster.max-clock-skew-seconds";
    private static final int DEFAULT_CLOCK_SKEW_SECONDS = 10;

    static Optional<ChangedSince> lastSuccess(Optional<SyncAttempt> lastSucceeded) {
        Duration skew = Duration.ofSeconds(Math.max(0, Integer.getInteger(CLOCK_SKEW_PROPERTY,
                DEFAULT_CLOCK_SKEW_SECONDS)));
        return lastSucceeded.flatMap(attempt -> attempt.getFinishedAt().map(finished -> new ChangedSince(
                attempt.getStartedAt().minus(skew), finished.minus(skew))));
    }
}
