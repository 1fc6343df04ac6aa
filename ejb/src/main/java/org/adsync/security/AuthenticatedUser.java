package org.adsync.security;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of a successful sign-in: who it is and what they may do; {@code apiTokenName} names the API token it
 * came with, null for a password.
 */
public record AuthenticatedUser(String username, String displayName, Set<Permission> permissions,
                                String apiTokenName) {

    public AuthenticatedUser {
        permissions = Set.copyOf(permissions);
    }

    public AuthenticatedUser(String username, String displayName, Set<Permission> permissions) {
        this(username, displayName, permissions, null);
    }

    public Set<String> roles() {
        return permissions.stream().map(Permission::role).collect(Collectors.toUnmodifiableSet());
    }
}
