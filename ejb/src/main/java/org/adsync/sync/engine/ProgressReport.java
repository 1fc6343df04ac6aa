package org.adsync.sync.engine;

import org.adsync.sync.AttemptCounts;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a running attempt's counts so far, at most once every {@link #EVERY}: often enough for the console's
 * "1,200 read" to move while an admin watches, rarely enough to cost nothing next to the pages it counts.
 */
final class ProgressReport {

    static final Duration EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(ProgressReport.class.getName());

    private final AttemptLog attemptLog;
    private final long attemptId;
    private long reportedAtNanos = System.nanoTime() - EVERY.toNanos(); // the first page shows at once

    ProgressReport(AttemptLog attemptLog, long attemptId) {
        this.attemptLog = attemptLog;
        this.attemptId = attemptId;
    }

    void counted(AttemptCounts soFar) {
        long now = System.nanoTime();
        if (now - reportedAtNanos < EVERY.toNanos()) {
            return;
        }
        reportedAtNanos = now;
        try {
            attemptLog.progress(attemptId, soFar);
        } catch (RuntimeException e) { // the sync matters more than its progress bar
            LOG.log(Level.FINE, "Could not show the progress of attempt " + attemptId, e);
        }
    }
}
