package org.adsync.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.adsync.security.ConsoleUserAdministration;

import java.util.logging.Logger;

/**
 * Seeds the demo's records on the first start of a demo server: organizations with contacts, billing products, and
 * two console users (see the README): "admin", who may configure AD Sync, and "tech", who may only view
 * organizations. Later starts find the users and leave everything as it is.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "AdministratorBootstrap"}) // the bootstrap keeps the built-in security levels
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoRecords {

    static final String TECHNICIAN_LEVEL = ConsoleUserAdministration.TECHNICIAN_LEVEL;

    private static final Logger LOG = Logger.getLogger(DemoRecords.class.getName());

    @Inject
    ConsoleUserAdministration administration;

    @Inject
    DemoOrganizations organizations;

    @PostConstruct
    void seed() {
        if (!DemoMode.isOn() || administration.anyUserExists()) {
            return;
        }
        administration.createUser("admin", "Demo Administrator", "adsync-demo".toCharArray(),
                ConsoleUserAdministration.ADMINISTRATOR_LEVEL);
        administration.createUser("tech", "Demo Technician", "adsync-demo".toCharArray(), TECHNICIAN_LEVEL);
        organizations.create();
        LOG.info("Demo records created: sign in as admin / adsync-demo");
    }
}
