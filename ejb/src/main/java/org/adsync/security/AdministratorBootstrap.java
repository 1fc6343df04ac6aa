package org.adsync.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates the first administrator of a new production installation, so that someone can sign in at all: when no
 * console user exists yet and ADSYNC_ADMIN_USERNAME and ADSYNC_ADMIN_PASSWORD are set (environment variables, or
 * the system properties adsync.admin.username and adsync.admin.password), that user is created with the security
 * level "Administrator", which grants every permission. Once any user exists, the variables are ignored.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdministratorBootstrap {

    public static final String ADMINISTRATOR_LEVEL = "Administrator";

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    ConsoleUserAdministration administration;

    @PostConstruct
    void createFirstAdministrator() {
        Optional<String> username = setting("ADSYNC_ADMIN_USERNAME", "adsync.admin.username");
        Optional<String> password = setting("ADSYNC_ADMIN_PASSWORD", "adsync.admin.password");
        if (username.isEmpty() || password.isEmpty() || administration.anyUserExists()) {
            return;
        }
        administration.ensureSecurityLevel(ADMINISTRATOR_LEVEL, EnumSet.allOf(Permission.class));
        administration.createUser(username.get(), "Administrator", password.get().toCharArray(), ADMINISTRATOR_LEVEL);
        LOG.info(() -> "Created the first console administrator '" + username.get() + "'");
    }

    private static Optional<String> setting(String environmentVariable, String systemProperty) {
        String value = System.getProperty(systemProperty, System.getenv(environmentVariable));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
