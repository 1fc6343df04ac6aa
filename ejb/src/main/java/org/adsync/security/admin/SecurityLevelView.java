package org.adsync.security.admin;

import org.adsync.security.Permission;
import org.adsync.security.SecurityLevel;

import java.util.List;

/** A security level with the permissions it grants (by name) and how many users have it. */
public record SecurityLevelView(long id, String name, List<Permission> permissions, boolean builtIn, long users) {

    static SecurityLevelView of(SecurityLevel level, long users) {
        return new SecurityLevelView(level.getId(), level.getName(), List.copyOf(level.getPermissions()),
                level.isBuiltIn(), users);
    }
}
