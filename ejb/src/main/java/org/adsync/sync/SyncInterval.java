package org.adsync.sync;

import org.adsync.directory.FieldProblem;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How often a configuration syncs: 24 hours unless an admin says otherwise, never more often than every 15
 * minutes, so that a few hundred organizations do not keep their domain controllers and this server busy. The
 * minimum can be lowered only by the system property {@value #MINIMUM_PROPERTY}, which the integration tests set so
 * that they need not wait a quarter of an hour.
 */
public final class SyncInterval {

    public static final Duration DEFAULT = Duration.ofHours(24);
    public static final String MINIMUM_PROPERTY = "adsync.sync.minimum-interval";
    private static final Duration MINIMUM = Duration.ofMinutes(15);
    private static final Duration MAXIMUM = Duration.ofDays(31);

    private SyncInterval() {
    }

    /** The problem with that interval, if it has one; null stands for the default. */
    public static Optional<FieldProblem> problemWith(Duration interval) {
        if (interval == null) {
            return Optional.empty();
        }
        Duration minimum = minimum();
        if (interval.compareTo(minimum) < 0) {
            return Optional.of(new FieldProblem("interval", "Sync at most every " + describe(minimum)
                    + ": more often keeps the directory and this server busy for little gain. Use Force Sync "
                    + "for an extra sync now."));
        }
        if (interval.compareTo(MAXIMUM) > 0) {
            return Optional.of(new FieldProblem("interval", "Sync at least every " + describe(MAXIMUM)));
        }
        return Optional.empty();
    }

    static Duration minimum() {
        String configured = System.getProperty(MINIMUM_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return MINIMUM;
        }
        try {
            return Duration.parse(configured.strip());
        } catch (DateTimeParseException e) {
            return MINIMUM;
        }
    }

    /** "24 hours", "15 minutes", "90 seconds": how the console and the messages say an interval. */
    public static String describe(Duration interval) {
        if (interval.toSeconds() % 3600 == 0) {
            long hours = interval.toHours();
            return hours == 1 ? "hour" : hours + " hours";
        }
        if (interval.toSeconds() % 60 == 0) {
            return interval.toMinutes() + " minutes";
        }
        return interval.toSeconds() + " seconds";
    }
}
