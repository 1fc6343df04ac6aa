package org.adsync.web.outage;

import jakarta.servlet.http.HttpServletResponse;
import org.adsync.platform.DatabaseFaults;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answer while the database is away: how long to wait before trying again, the console's page, and one line in
 * the log every {@link #LOG_EVERY} rather than a stack trace for each request.
 */
public final class DatabaseOutage {

    /** PostgreSQL restarts in seconds; a failover takes tens of them. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    public static final String DETAIL = "adsync cannot reach its database right now (it may be restarting). Nothing "
            + "was changed by this request; try again in " + RETRY_AFTER.toSeconds() + " seconds.";
    private static final Duration LOG_EVERY = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    private static final AtomicLong LOGGED_AT = new AtomicLong(System.nanoTime() - LOG_EVERY.toNanos());

    private DatabaseOutage() {
    }

    /** Whether the failure is the database being away, which this class answers. */
    public static boolean causedBy(Throwable failure) {
        return DatabaseFaults.causedBy(failure);
    }

    /** Notes the outage in the log: the first time, and then at most every {@link #LOG_EVERY}. */
    public static void noted(String where, Throwable failure) {
        long last = LOGGED_AT.get();
        long now = System.nanoTime();
        if (now - last >= LOG_EVERY.toNanos() && LOGGED_AT.compareAndSet(last, now)) {
            LOG.warning(() -> "The database cannot be reached (" + where + " answered 503): "
                    + DatabaseFaults.rootCause(failure));
            LOG.log(Level.FINE, "The database failure", failure);
        }
    }

    /**
     * The console's answer: 503 with Retry-After, which the container shows as the page web.xml maps to 503
     * ({@code database-unavailable.html}: static, it needs no database).
     */
    public static void answerWithPage(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
        response.setHeader("Cache-Control", "no-store");
    }
}
