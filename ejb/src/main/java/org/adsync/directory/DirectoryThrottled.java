package org.adsync.directory;

/**
 * A directory asked adsync to slow down (Microsoft Graph's 429, or a 503/504 it retries the same way) and the
 * request will be retried after the wait it named. Fired once per such answer, for the operator's metrics.
 */
public record DirectoryThrottled(DirectoryType directoryType, int status) {
}
