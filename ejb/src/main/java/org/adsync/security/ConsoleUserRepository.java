package org.adsync.security;

import java.util.Optional;

/** Port to the stored console users and security levels. */
public interface ConsoleUserRepository {

    Optional<ConsoleUser> findByUsername(String username);

    Optional<SecurityLevel> findSecurityLevel(String name);

    boolean anyUserExists();

    ConsoleUser add(ConsoleUser user);

    SecurityLevel add(SecurityLevel level);
}
