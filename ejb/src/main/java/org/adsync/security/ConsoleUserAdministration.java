package org.adsync.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Set;

/** Creates security levels and console users (the bootstrap administrator, demo users). */
@ApplicationScoped
@Transactional
public class ConsoleUserAdministration {

    @Inject
    ConsoleUserRepository users;

    @Inject
    PasswordHasher hasher;

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
