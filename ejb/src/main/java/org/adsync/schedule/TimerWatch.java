package org.adsync.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.adsync.sync.ScheduleState;
import org.adsync.sync.SyncScheduleRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts back the timer of a sync that lost it while the server ran. The database timer store cannot run a timer
 * whose time comes while the database is away (WildFly asks the store whether this server should run it, and the
 * store does not answer): the timer is dropped, and the sync would not run again until the next start. Every
 * {@link #PERIOD} this looks for enabled syncs that are overdue by more than {@link #GRACE} and have no timer, and if
 * there are any has the scheduler repair the timers, which runs each such sync once, at once.
 */
@Singleton
@Startup
@DependsOn("TimerCheckAtStartup")
public class TimerWatch {

    /** How often to look (system property, seconds). */
    static final Duration PERIOD = Duration.ofSeconds(Long.getLong("adsync.schedule.timer-watch-seconds", 60));
    /** A sync starting sets its next timer within milliseconds of the last one firing: not lost yet. */
    static final Duration GRACE = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(TimerWatch.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    SyncScheduleRepository schedules;

    @Inject
    SyncTimers timers;

    @Inject
    SyncScheduler scheduler;

    @PostConstruct
    void start() {
        timerService.createIntervalTimer(PERIOD.toMillis(), PERIOD.toMillis(), new TimerConfig("AD Sync timer watch",
                false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void look() {
        try {
            long lost = lostTimers(Instant.now());
            if (lost > 0) {
                LOG.warning(() -> lost + " enabled syncs are overdue and have no timer (the database was away when it "
                        + "was due?): their timers are set again, and they run now");
                SyncTimers.TimerRepair repair = scheduler.repairTimers();
                LOG.info(() -> "AD Sync timers repaired: " + repair.created() + " created, " + repair.cancelled()
                        + " cancelled" + (repair.doneBy() == null ? "" : " (by " + repair.doneBy() + ")"));
            }
        } catch (RuntimeException e) { // the database may still be away: the next look tries again
            LOG.log(Level.FINE, "The AD Sync timers could not be looked at", e);
        }
    }

    private long lostTimers(Instant now) {
        Map<Long, Integer> counts = timers.timerCounts();
        return schedules.states().stream().filter(ScheduleState::enabled)
                .filter(state -> counts.getOrDefault(state.configurationId(), 0) == 0)
                .filter(state -> state.nextSyncAt() == null || state.nextSyncAt().isBefore(now.minus(GRACE)))
                .count();
    }
}
