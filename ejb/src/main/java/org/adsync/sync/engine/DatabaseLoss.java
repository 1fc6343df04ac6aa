package org.adsync.sync.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.adsync.platform.DatabaseFaults;
import org.adsync.sync.AttemptCounts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a sync does when the database fails under it (a connection terminated, PostgreSQL restarting, a failover):
 * it stops, waits for the database a bounded while, and records its attempt as failed with that cause, which gives
 * the lease back, so that the organization can be synced again at once. A live server that merely lost a connection
 * must not block an organization for the lease's ten minutes as a dead one does.
 *
 * <p>If the database stays away longer than {@link #RETRY}, the end is remembered here, and the next sync of the
 * organization on this server records it (with this cause) before it starts, without waiting for the lease to expire.
 */
@ApplicationScoped
public class DatabaseLoss {

    /** How long a sync waits for the database to record its own end (system property, seconds). */
    static final Duration RETRY = Duration.ofSeconds(Long.getLong("adsync.sync.database-retry-seconds", 60));
    /** The first pause is short (a terminated connection is replaced at once), later ones longer (a restart). */
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(DatabaseLoss.class.getName());

    @Inject
    AttemptLog attemptLog;

    /** A run that ended without its end recorded: its attempt, the lease it held, and why it ended. */
    record UnrecordedEnd(long attemptId, String leaseHolder, AttemptCounts counts, String reason) {
    }

    private final Map<Long, UnrecordedEnd> unrecorded = new ConcurrentHashMap<>();

    /** Whether the failure is the database's, which {@link #ended} deals with. */
    static boolean isDatabaseFault(Throwable failure) {
        return DatabaseFaults.causedBy(failure);
    }

    /** Ends the run that lost its database: recorded as failed as soon as the database answers again. */
    void ended(RunningSync running, AttemptCounts counts, Throwable cause) {
        Instant lostAt = Instant.now();
        String organization = running.plan().organizationName();
        LOG.log(Level.WARNING, "The database failed under the sync of " + organization + " after " + counts.read()
                + " users were read: " + DatabaseFaults.rootCause(cause) + ". It stops and records that as soon as "
                + "the database answers");
        LOG.log(Level.FINE, "The database failure under the sync of " + organization, cause);
        long configurationId = running.plan().configurationId();
        if (!recordWithin(RETRY, () -> attemptLog.failed(running, counts, reason(counts, lostAt,
                attemptLog.usersReadLastTime(configurationId).filter(total -> total > counts.read()))))) {
            unrecorded.put(configurationId, new UnrecordedEnd(running.attemptId(), running.lease().holder(),
                    counts.copy(), reason(counts, lostAt, Optional.empty()) + " Recorded when the database was "
                    + "back."));
            LOG.warning(() -> "The database did not come back within " + RETRY.toSeconds() + " s: the sync of "
                    + organization + " is recorded as failed by its next start on this server");
        }
    }

    /** The end a run of that configuration on this server could not record, taken out to be recorded now. */
    Optional<UnrecordedEnd> takeUnrecorded(long configurationId) {
        return Optional.ofNullable(unrecorded.remove(configurationId));
    }

    /** Puts back an end whose recording failed again. */
    void keepUnrecorded(long configurationId, UnrecordedEnd end) {
        unrecorded.putIfAbsent(configurationId, end);
    }

    /** The attempt's message; {@code readLastTime}: how many users the last complete sync read, if known. */
    private static String reason(AttemptCounts counts, Instant lostAt, Optional<Integer> readLastTime) {
        String about = readLastTime.map(total -> String.format(" of about %,d", total)).orElse("");
        return String.format("The database connection was lost at %s (read %,d%s users); %s; the next sync starts "
                + "from the beginning. What was written before stays consistent.", CLOCK.format(lostAt),
                counts.read(), about, counts.deactivated() == 0 ? "nothing was deactivated"
                        : String.format("%,d contacts had been deactivated before, as the directory said",
                        counts.deactivated()));
    }

    /** Runs the recording until it succeeds or the time is up; a failure other than the database's is thrown. */
    private static boolean recordWithin(Duration window, Runnable record) {
        long deadline = System.nanoTime() + window.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                record.run();
                return true;
            } catch (Exception e) { // a failed commit is the checked RollbackException, thrown undeclared
                if (!isDatabaseFault(e)) {
                    throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                }
                if (System.nanoTime() + pause.toNanos() > deadline) {
                    return false;
                }
            }
            try {
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
