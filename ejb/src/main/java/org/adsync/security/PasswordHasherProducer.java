package org.adsync.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Makes {@link PasswordHasher} injectable with the default work factor. Dependent scope: the hasher is a small
 * immutable value (a final class, which CDI could not proxy), and its users are application-scoped anyway.
 */
@ApplicationScoped
class PasswordHasherProducer {

    @Produces
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }
}
