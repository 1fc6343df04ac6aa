package org.adsync.platform;

import java.util.Objects;

/**
 * What a caller asked for cannot be done as asked: settings that cannot be right, something that does not exist,
 * a sync already running. The message says why in words an admin can act on, so the console shows it and the API
 * answers with it. Every refusal is of one {@link Kind}, which alone decides the API's status, so that a refusal
 * the API does not know more about still gets the right one (never a 500); a few carry more (the fields, when a
 * running sync started) for a more precise problem. (Not sealed: Java seals across packages only inside a named
 * module, and each refusal lives with the rule that makes it.)
 */
public abstract class RequestRefusedException extends RuntimeException {

    /** What kind of refusal, with the HTTP status the API answers it with. */
    public enum Kind {
        /** The request cannot be right as it is: fix it and send it again. */
        INVALID(400),
        /** The caller may not do this, whatever they send. */
        FORBIDDEN(403),
        /** What the request names does not exist (any more). */
        NOT_FOUND(404),
        /** The request is right but the state does not allow it now: something runs, or was done already. */
        CONFLICT(409),
        /** Something else relies on what the request would remove or change. */
        IN_USE(409),
        /** Too many of these: wait before trying again. */
        TOO_MANY(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    protected RequestRefusedException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
