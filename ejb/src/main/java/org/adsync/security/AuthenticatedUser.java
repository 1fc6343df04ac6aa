package org.adsync.security;

import org.adsync.audit.AuditedUser;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of a successful sign-in: who it is and what they may do; {@code apiTokenName} and {@code apiTokenId}
 * name the API token it came with, null for a password; {@code mustChangePassword} says the password was a
 * one-time password an administrator handed out, which only lets the user choose their own; {@code ssoIssuer} and
 * {@code ssoSubject} name a user of the single sign-on provider there (null for a local user).
 */
public record AuthenticatedUser(String username, String displayName, Set<Permission> permissions,
                                String apiTokenName, Long apiTokenId, boolean mustChangePassword, String ssoIssuer,
                                String ssoSubject) {

    public AuthenticatedUser {
        permissions = Set.copyOf(permissions);
    }

    public static AuthenticatedUser of(ConsoleUser user, String apiTokenName) {
        return new AuthenticatedUser(user.getUsername(), user.getDisplayName(),
                user.getSecurityLevel().getPermissions(), apiTokenName, null, user.isMustChangePassword(),
                user.getSsoIssuer(), user.getSsoSubject());
    }

    /** The user as the audit trail records them. */
    public AuditedUser audited() {
        return ssoSubject == null ? AuditedUser.named(username) : AuditedUser.signedOnBy(username, ssoIssuer,
                ssoSubject);
    }

    public Set<String> roles() {
        return permissions.stream().map(Permission::role).collect(Collectors.toUnmodifiableSet());
    }
}
