package org.adsync.security.admin;

/** What an administrator may change of a user: the name shown, the email, the security level. */
public record ConsoleUserChange(String displayName, String email, Long securityLevelId) {
}
