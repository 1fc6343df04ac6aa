package org.adsync.api.problem;

import java.io.IOException;

/**
 * A request body over the API's limit, {@value #MAX_BYTES} bytes ({@value #MAX_CSV_BYTES} for a CSV import), found
 * while it was read (a body that announces its length is refused before); whichever mapper meets it answers 413.
 */
public final class BodyTooLargeException extends IOException {

    /** The largest real body, a sync with a chain of trusted certificates, is a few dozen kilobytes. */
    public static final int MAX_BYTES = 256 * 1024;
    /** A CSV import of 100,000 organizations with their external ids fits. */
    public static final int MAX_CSV_BYTES = 8 * 1024 * 1024;

    public BodyTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
    }

    /** Whether this failure, or one of its causes, is a body over the limit. */
    public static boolean within(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    public static Problem problem() {
        return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + MAX_BYTES / 1024
                + " KiB (" + MAX_CSV_BYTES / 1024 / 1024 + " MiB for a CSV import), more than any request of this "
                + "API needs. Check what is being sent, or split the import.");
    }
}
