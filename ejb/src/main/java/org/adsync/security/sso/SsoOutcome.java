package org.adsync.security.sso;

import org.adsync.security.AuthenticatedUser;

import java.util.List;

/** How a sign-in through the provider ended. */
public sealed interface SsoOutcome {

    /**
     * Signed in as {@code user}; the ID token and issuer let sign-out end the provider's session too.
     */
    /**
     * Signed in; with the provider's issuer, the user's subject there, the ID token (for sign-out) and the refresh
     * token (null if the provider gives none) that the session is checked again with.
     */
    record Accepted(AuthenticatedUser user, String issuer, String subject, String idToken, String refreshToken)
            implements SsoOutcome {
    }

    /**
     * Refused, with what to tell the user; {@code groupsSeen} are the group or role values the provider sent when
     * none of them is mapped to a security level.
     */
    record Refused(String reason, List<String> groupsSeen) implements SsoOutcome {

        public Refused {
            groupsSeen = List.copyOf(groupsSeen);
        }

        static Refused because(String reason) {
            return new Refused(reason, List.of());
        }
    }
}
