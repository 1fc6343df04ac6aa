package org.adsync.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates the first administrator of a new production installation, so that someone can sign in at all: when no
 * console user exists yet and ADSYNC_ADMIN_USERNAME and ADSYNC_ADMIN_PASSWORD are set (environment variables, or
 * the system properties adsync.admin.username and adsync.admin.password), that user is created with the security
 * level "Administrator", which grants every permission. Once any user exists, the variables are ignored. At every
 * start it also keeps the built-in security levels.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdministratorBootstrap {

    public static final String ADMINISTRATOR_LEVEL = ConsoleUserAdministration.ADMINISTRATOR_LEVEL;

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    ConsoleUserAdministration administration;

    @PostConstruct
    void createFirstAdministrator() {
        Optional<String> username = setting("ADSYNC_ADMIN_USERNAME", "adsync.admin.username");
        Optional<String> password = setting("ADSYNC_ADMIN_PASSWORD", "adsync.admin.password");
        try {
            administration.ensureBuiltInLevels();
        } catch (RuntimeException e) { // another node starting at the same moment made them: they are there
            LOG.log(Level.WARNING, "Could not check the built-in security levels; the next start will", e);
        }
        if (username.isEmpty() || password.isEmpty() || administration.anyUserExists()) {
            return;
        }
        try {
            administration.createUser(username.get(), "Administrator", password.get().toCharArray(),
                    ADMINISTRATOR_LEVEL);
        } catch (Exception e) { // also the undeclared RollbackException of the commit that found the duplicate
            if (administration.anyUserExists()) { // servers of a cluster started together: another one made it
                LOG.info(() -> "Another server created the first console administrator at the same moment");
                return;
            }
            throw e;
        }
        LOG.info(() -> "Created the first console administrator '" + username.get() + "'");
    }

    private static Optional<String> setting(String environmentVariable, String systemProperty) {
        String value = System.getProperty(systemProperty, System.getenv(environmentVariable));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
