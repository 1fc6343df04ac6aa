package org.adsync.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the stored console users and security levels. */
public interface ConsoleUserRepository {

    Optional<ConsoleUser> findByUsername(String username);

    Optional<SecurityLevel> findSecurityLevel(String name);

    boolean anyUserExists();

    /** Every user, by username, with their security levels. */
    List<ConsoleUser> findAllUsers();

    Optional<ConsoleUser> findUser(long id);

    /**
     * The user of the same name whatever its case and compatibility forms (DisplayNames.key), so that "Alice",
     * "alice" and a fullwidth "Ａｌｉｃｅ" are never three users.
     */
    Optional<ConsoleUser> findByUsernameIgnoringCase(String username);

    /** The user the single sign-on provider's issuer and subject name. */
    Optional<ConsoleUser> findBySsoSubject(String issuer, String subject);

    List<SecurityLevel> findAllSecurityLevels();

    Optional<SecurityLevel> findSecurityLevel(long id);

    long countUsersOf(SecurityLevel level);

    /** Whether a single sign-on mapping gives that level to a group or role. */
    boolean isGivenBySingleSignOn(SecurityLevel level);

    /** Notes when the user last signed in, in a transaction of its own if none runs. */
    void recordSignIn(String username, Instant at);

    void remove(ConsoleUser user);

    void remove(SecurityLevel level);

    ConsoleUser add(ConsoleUser user);

    SecurityLevel add(SecurityLevel level);
}
