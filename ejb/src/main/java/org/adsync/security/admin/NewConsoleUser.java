package org.adsync.security.admin;

/**
 * A console user to add. Without a password adsync makes a one-time password, answered once, which the user must
 * replace at their first sign-in; with one (for an API-only account, say) it must meet the password rules.
 */
public record NewConsoleUser(String username, String displayName, String email, Long securityLevelId,
                             String password) {
}
