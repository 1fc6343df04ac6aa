package org.adsync.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.logging.Logger;

/** Checks a console sign-in against the stored users. Never logs the password. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsoleAuthenticator {

    private static final Logger LOG = Logger.getLogger(ConsoleAuthenticator.class.getName());

    @Inject
    ConsoleUserRepository users;

    @Inject
    PasswordHasher hasher;

    /** The user, when the username exists, is enabled and the password matches. */
    public Optional<AuthenticatedUser> authenticate(String username, char[] password) {
        Optional<ConsoleUser> found = username == null ? Optional.empty() : users.findByUsername(username.strip());
        if (found.isEmpty()) {
            hasher.spendVerificationTime(password);
            LOG.info(() -> "Console sign-in refused: unknown user");
            return Optional.empty();
        }
        ConsoleUser user = found.get();
        if (!hasher.verify(password, user.getPasswordHash()) || !user.isEnabled()) {
            LOG.info(() -> "Console sign-in refused for user '" + user.getUsername() + "'");
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedUser(user.getUsername(), user.getDisplayName(),
                user.getSecurityLevel().getPermissions()));
    }
}
