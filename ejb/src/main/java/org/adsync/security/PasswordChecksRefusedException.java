package org.adsync.security;

import jakarta.ejb.ApplicationException;
import org.adsync.platform.RequestRefusedException;

import java.time.Duration;

/**
 * A password was not even checked: too many wrong ones for the account from this address, or the server checks as
 * many as it can at once. The API answers 429 with Retry-After, as for a sign-in.
 */
@ApplicationException(rollback = true)
public class PasswordChecksRefusedException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public PasswordChecksRefusedException(String message, Duration retryAfter) {
        super(Kind.TOO_MANY, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
