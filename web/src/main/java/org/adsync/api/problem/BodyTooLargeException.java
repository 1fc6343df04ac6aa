package org.adsync.api.problem;

import java.io.IOException;

/**
 * A request body over the API's limit of {@value #MAX_BYTES} bytes, found while it was read (a body that announces
 * its length is refused before); whichever mapper meets it answers 413.
 */
public final class BodyTooLargeException extends IOException {

    /** The largest real body, a sync with a chain of trusted certificates, is a few dozen kilobytes. */
    public static final int MAX_BYTES = 256 * 1024;

    public BodyTooLargeException() {
        super("request body over " + MAX_BYTES + " bytes");
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
                + " KiB, more than any request of this API needs. Check what is being sent.");
    }
}
