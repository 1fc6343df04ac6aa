package org.adsync.schedule;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.NoMoreTimeoutsException;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerHandle;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.adsync.sync.ScheduleState;
import org.adsync.sync.SyncSchedule;
import org.adsync.sync.SyncScheduleRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * The configurations' timers: persistent single-action timers of this bean, one per enabled configuration, each
 * replaced by the next when a sync starts. Creating and cancelling join the caller's transaction, so a rolled-back
 * save leaves the timers as they were; the next sync's time is stored with the timer for the pages that list it,
 * and so is the timer's handle: moving or cancelling a timer finds it by its handle, since listing the bean's
 * timers reads all of them (every organization's) from the timer store. Only the repair and the diagnostics list.
 */
@Stateless
@PermitAll // who may sync what is decided by the console's and the API's permissions, before this
public class SyncTimers {

    private static final Logger LOG = Logger.getLogger(SyncTimers.class.getName());
    /** How soon a scheduled sync that found the database away tries again. */
    static final Duration DATABASE_RETRY = Duration.ofSeconds(10);

    @Resource
    TimerService timerService;

    @Inject
    SyncScheduleRepository schedules;

    @Inject
    Event<ScheduledSyncDue> due;

    /** Replaces the configuration's timer by one that fires at that time. */
    public void schedule(long configurationId, String organizationName, Instant at) {
        cancelCurrent(configurationId);
        create(configurationId, organizationName, at);
    }

    /**
     * Sets the next timer from within the timeout of the configuration's timer, without looking for others: the
     * timer that fired is single-action and expires when its timeout returns, so with thousands of configurations
     * each scheduled sync costs one timer created, not a walk through all of them; a timer an operator triggered
     * before its time is cancelled when its timeout returns.
     */
    public void scheduleNext(long configurationId, String organizationName, Instant at) {
        create(configurationId, organizationName, at);
    }

    /**
     * Fires the configuration's timeout again in {@link #DATABASE_RETRY}, for a scheduled sync that could not start
     * because the database was away: its own timer fired, and a new one cannot be stored while the database timer
     * store is away too. This one lives in memory only; when it fires with the database back, the sync runs and sets
     * the next persistent timer as any scheduled sync does (and the schedule's lease keeps it to one run).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void retryWhenDatabaseBack(long configurationId) {
        timerService.createSingleActionTimer(Date.from(Instant.now().plus(DATABASE_RETRY)),
                new TimerConfig(SyncTimerInfo.of(configurationId, "retry"), false));
    }

    public void cancel(long configurationId) {
        cancelCurrent(configurationId);
        schedules.find(configurationId).ifPresent(schedule -> schedule.timerSet(null, null));
    }

    /**
     * When the configuration's timers fire next, earliest first: one time, unless something is wrong. Lists every
     * timer: for diagnostics, not for a page.
     */
    public List<Instant> nextTimeouts(long configurationId) {
        return timersByConfiguration().getOrDefault(configurationId, List.of()).stream()
                .map(SyncTimers::nextTimeout).filter(t -> t != null).sorted().toList();
    }

    /**
     * Makes the timers match the configurations: one for every enabled one (created when missing, duplicates
     * cancelled), none for the disabled or removed. Safe to run any number of times.
     */
    public TimerRepair repair(List<ScheduleState> configurations, Instant now) {
        Map<Long, List<Timer>> timers = timersByConfiguration();
        Map<Long, SyncSchedule> rows = schedules.all(); // one query, not one per configuration
        int created = 0;
        int cancelled = 0;
        for (ScheduleState configuration : configurations) {
            List<Timer> own = timers.remove(configuration.configurationId());
            Optional<SyncSchedule> row = Optional.ofNullable(rows.get(configuration.configurationId()));
            if (!configuration.enabled()) {
                cancelled += cancelAll(own, 0);
                row.ifPresent(schedule -> schedule.timerSet(null, null));
                continue;
            }
            if (own == null || own.isEmpty()) {
                create(configuration.configurationId(), configuration.organizationName(),
                        configuration.nextDue(now), row);
                created++;
            } else {
                own.sort(Comparator.comparing(SyncTimers::nextTimeout,
                        Comparator.nullsLast(Comparator.naturalOrder())));
                cancelled += cancelAll(own, 1);
                remember(own.get(0), row);
            }
        }
        for (List<Timer> orphans : timers.values()) {
            cancelled += cancelAll(orphans, 0); // configurations removed while the timer store was elsewhere
        }
        return new TimerRepair(created, cancelled);
    }

    /**
     * Announces the configuration's scheduled sync as due, when the timer fires or an operator triggers it; the
     * scheduler runs it and never throws, so that the timer service has nothing to retry.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout(Timer timer) {
        OptionalLong configurationId = SyncTimerInfo.configurationId(timer.getInfo());
        if (configurationId.isEmpty()) {
            LOG.warning(() -> "Ignored a timer that names no AD Sync configuration: " + timer.getInfo());
            return;
        }
        Instant timerDue = nextTimeout(timer);
        due.fire(new ScheduledSyncDue(configurationId.getAsLong(), timerDue));
        if (timerDue != null && timerDue.isAfter(Instant.now()) && scheduleMovedOn(configurationId.getAsLong(),
                timerDue)) {
            // an operator triggered it before its time and the scheduler has set the next timer: this one goes.
            // Refused because a forced sync runs, it is still the next sync's timer, and stays.
            cancelAll(new ArrayList<>(List.of(timer)), 0);
        }
    }

    /** How many timers each configuration has now (listing them all, from the timer store). */
    public Map<Long, Integer> timerCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        timersByConfiguration().forEach((configuration, timers) -> counts.put(configuration, timers.size()));
        return counts;
    }

    private boolean scheduleMovedOn(long configurationId, Instant timerDue) {
        return schedules.find(configurationId).flatMap(SyncSchedule::getNextSyncAt)
                .map(next -> !sameDue(timerDue, next)).orElse(true);
    }

    /**
     * Whether a timer is the one set for that time. Timers keep milliseconds, the database timer store whole
     * seconds: a timer another server loaded from it, or any timer after a restart, is due up to a second early.
     */
    static boolean sameDue(Instant timerDue, Instant scheduled) {
        return Duration.between(timerDue, scheduled).abs().compareTo(Duration.ofSeconds(1)) < 0;
    }

    /** A timer for a configuration known to have none. */
    private void create(long configurationId, String organizationName, Instant at) {
        create(configurationId, organizationName, at, schedules.find(configurationId));
    }

    private void create(long configurationId, String organizationName, Instant at, Optional<SyncSchedule> row) {
        Timer timer = timerService.createSingleActionTimer(Date.from(at),
                new TimerConfig(SyncTimerInfo.of(configurationId, organizationName), true));
        String handle = TimerHandles.write(timer.getHandle());
        row.ifPresent(schedule -> schedule.timerSet(at, handle));
    }

    /** Makes that timer the configuration's current one, as the schedule row shows it. */
    private static void remember(Timer timer, Optional<SyncSchedule> row) {
        try {
            Instant next = timer.getNextTimeout().toInstant();
            String handle = TimerHandles.write(timer.getHandle());
            row.ifPresent(schedule -> schedule.timerSet(schedule.getNextSyncAt()
                    .filter(known -> sameDue(next, known)).orElse(next), handle));
        } catch (NoSuchObjectLocalException | NoMoreTimeoutsException expiredMeanwhile) {
            // it fired since it was listed: its timeout has set the next timer and remembered that one
        }
    }

    /**
     * Cancels the timer the schedule row names, found by its handle in this server's memory. A handle this server
     * does not know names a timer that fired since, or one that another server of a cluster created and this one
     * has not loaded from the store yet: then the configuration's timers are looked up in the store, so that the
     * other server's is cancelled too rather than left to fire as a duplicate.
     */
    private void cancelCurrent(long configurationId) {
        Optional<TimerHandle> handle = schedules.find(configurationId).flatMap(SyncSchedule::getTimerHandle)
                .flatMap(stored -> TimerHandles.read(stored, timerService.getClass().getClassLoader()));
        if (handle.isEmpty()) {
            return; // no timer was created since the handles were kept, or the last one was cancelled
        }
        try {
            handle.get().getTimer().cancel();
        } catch (NoSuchObjectLocalException unknownHere) {
            cancelAll(timersByConfiguration().get(configurationId), 0);
        }
    }

    private static int cancelAll(List<Timer> timers, int keep) {
        if (timers == null) {
            return 0;
        }
        int cancelled = 0;
        for (Timer timer : timers.subList(Math.min(keep, timers.size()), timers.size())) {
            try {
                timer.cancel();
                cancelled++;
            } catch (NoSuchObjectLocalException expiredMeanwhile) {
                // fired or cancelled by someone else since it was listed
            }
        }
        return cancelled;
    }

    private Map<Long, List<Timer>> timersByConfiguration() {
        Map<Long, List<Timer>> byConfiguration = new HashMap<>();
        for (Timer timer : timerService.getTimers()) {
            try {
                SyncTimerInfo.configurationId(timer.getInfo()).ifPresent(id ->
                        byConfiguration.computeIfAbsent(id, any -> new ArrayList<>()).add(timer));
            } catch (NoSuchObjectLocalException expiredMeanwhile) {
                // gone since the list was taken
            }
        }
        return byConfiguration;
    }

    private static Instant nextTimeout(Timer timer) {
        try {
            return timer.getNextTimeout().toInstant();
        } catch (NoSuchObjectLocalException | NoMoreTimeoutsException expired) {
            return null;
        }
    }

    /** What a repair did; {@code doneBy} names another server that had just done it, and this one did nothing. */
    public record TimerRepair(int created, int cancelled, String doneBy) {

        TimerRepair(int created, int cancelled) {
            this(created, cancelled, null);
        }

        static TimerRepair doneBy(String server) {
            return new TimerRepair(0, 0, server);
        }
    }
}
