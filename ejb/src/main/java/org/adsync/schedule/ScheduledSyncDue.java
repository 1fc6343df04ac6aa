package org.adsync.schedule;

import java.time.Instant;

/**
 * A configuration's timer fired (or an operator triggered it): its scheduled sync is due. The timers announce it
 * and the scheduler runs it, so that the timers need not know the scheduler that sets them.
 *
 * @param timerDue when the firing timer was due, if the timer service still tells; null otherwise
 */
public record ScheduledSyncDue(long configurationId, Instant timerDue) {
}
