package org.adsync.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * Creates security levels and console users as the installation itself needs them: the built-in levels, the
 * bootstrap administrator, demo users. What administrators do to users and levels is {@code security.admin}'s.
 */
@ApplicationScoped
@Transactional
public class ConsoleUserAdministration {

    @Inject
    ConsoleUserRepository users;

    @Inject
    PasswordHasher hasher;

    public static final String ADMINISTRATOR_LEVEL = "Administrator";
    public static final String TECHNICIAN_LEVEL = "Technician";

    /**
     * The built-in levels, kept at every start: "Administrator" grants every permission there is (new ones
     * included, so that an upgrade never locks administrators out of what it adds); "Technician" is created
     * with "View organizations" when missing, and then is the administrators' to change.
     */
    public void ensureBuiltInLevels() {
        SecurityLevel administrator = users.findSecurityLevel(ADMINISTRATOR_LEVEL)
                .orElseGet(() -> users.add(new SecurityLevel(ADMINISTRATOR_LEVEL, EnumSet.allOf(Permission.class))));
        administrator.grantOnly(EnumSet.allOf(Permission.class));
        administrator.markBuiltIn();
        users.findSecurityLevel(TECHNICIAN_LEVEL).orElseGet(() -> users.add(new SecurityLevel(TECHNICIAN_LEVEL,
                EnumSet.of(Permission.VIEW_ORGANIZATIONS)))).markBuiltIn();
    }

    /** The security level of that name, created with these permissions when it does not exist yet. */
    public void ensureSecurityLevel(String name, Set<Permission> permissions) {
        if (users.findSecurityLevel(name).isEmpty()) {
            users.add(new SecurityLevel(name, permissions));
        }
    }

    public void createUser(String username, String displayName, char[] password, String securityLevelName) {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("A console password needs at least 8 characters");
        }
        if (users.findByUsername(username.strip()).isPresent()) {
            throw new IllegalArgumentException("A console user named '" + username.strip() + "' exists already");
        }
        SecurityLevel level = users.findSecurityLevel(securityLevelName).orElseThrow(
                () -> new IllegalArgumentException("No security level named '" + securityLevelName + "'"));
        users.add(new ConsoleUser(username, displayName, hasher.hash(password), level));
    }

    /** Disables the user: their sessions and API tokens stop at their next request. */
    public void disableUser(String username) {
        users.findByUsername(username).orElseThrow(
                () -> new IllegalArgumentException("No console user named '" + username + "'")).disable();
    }

    public boolean anyUserExists() {
        return users.anyUserExists();
    }
}
