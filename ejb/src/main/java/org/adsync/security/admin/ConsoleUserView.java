package org.adsync.security.admin;

import org.adsync.security.ConsoleUser;

import java.time.Instant;

/**
 * A console user as Admin > Security and the API list them; never a password or its hash.
 *
 * @param signsInThroughProvider created by single sign-on: no password, the provider's claims set the level
 * @param breakGlass may sign in with a password when local sign-in is off for everyone else
 */
public record ConsoleUserView(long id, String username, String displayName, String email, long securityLevelId,
                              String securityLevel, boolean enabled, boolean mustChangePassword,
                              Instant lastSignedInAt, boolean signsInThroughProvider, boolean breakGlass) {

    static ConsoleUserView of(ConsoleUser user) {
        return new ConsoleUserView(user.getId(), user.getUsername(), user.getDisplayName(),
                user.getEmail().orElse(null), user.getSecurityLevel().getId(), user.getSecurityLevel().getName(),
                user.isEnabled(), user.isMustChangePassword(), user.getLastSignedInAt().orElse(null),
                user.isSignedOnByProvider(), user.isBreakGlass());
    }
}
