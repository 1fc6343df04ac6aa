package org.adsync.security;

import java.util.Set;
import java.util.stream.Collectors;

/** The outcome of a successful sign-in: who it is and what they may do. */
public record AuthenticatedUser(String username, String displayName, Set<Permission> permissions) {

    public AuthenticatedUser {
        permissions = Set.copyOf(permissions);
    }

    public Set<String> roles() {
        return permissions.stream().map(Permission::role).collect(Collectors.toUnmodifiableSet());
    }
}
