package org.adsync.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
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

    @Inject
    TimerCheckProgress progress;

    @Inject
    Event<TimersChecked> checked;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        progress.moveTo(TimerCheckProgress.Stage.RUNNING);
        long start = System.nanoTime();
        try {
            SyncTimers.TimerRepair repair = scheduler.repairTimers();
            progress.moveTo(TimerCheckProgress.Stage.DONE);
            LOG.info(() -> repair.doneBy() != null ? "AD Sync timers were checked by " + repair.doneBy()
                    + " a moment ago (they are shared through the database timer store)"
                    : String.format("AD Sync timers checked in %.1f s: %d created, %d duplicate or orphaned "
                    + "cancelled", (System.nanoTime() - start) / 1e9, repair.created(), repair.cancelled()));
        } catch (Exception e) {
            progress.moveTo(TimerCheckProgress.Stage.FAILED);
            LOG.log(Level.SEVERE, "The AD Sync timers could not be checked; syncs whose timer is missing will not "
                    + "run until the next start", e);
        }
        checked.fire(new TimersChecked(progress.stage()));
    }
}
