package org.adsync.security;

import java.time.Duration;

/** What became of one sign-in with a name and password. */
public sealed interface SignInOutcome {

    /** The password matched an enabled user. */
    record Accepted(AuthenticatedUser user) implements SignInOutcome {
    }

    /** Unknown user, wrong password or disabled user: told apart only in the server log. */
    record Refused() implements SignInOutcome {
    }

    /** Too many failures for the account or from the address: refused unchecked until the wait is over. */
    record Throttled(Duration retryAfter) implements SignInOutcome {
    }

    /** As many passwords as the server checks at once are being checked: refused at once rather than queued. */
    record Busy() implements SignInOutcome {
        public static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    }
}
