package org.adsync.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At every start, makes sure each enabled configuration has exactly one timer: after a redeploy, a database
 * restore or a renamed deployment the timer store and the configurations can disagree. Timeouts missed while the
 * server was down fire once on their own, as persistent timers do.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class TimerCheckAtStartup {

    private static final Logger LOG = Logger.getLogger(TimerCheckAtStartup.class.getName());

    @Inject
    SyncScheduler scheduler;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        try {
            SyncTimers.TimerRepair repair = scheduler.repairTimers();
            LOG.info(() -> "AD Sync timers checked: " + repair.created() + " created, " + repair.cancelled()
                    + " duplicate or orphaned cancelled");
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "The AD Sync timers could not be checked; syncs whose timer is missing will not "
                    + "run until the next start", e);
        }
    }
}
