package org.adsync.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.adsync.schedule.TimersChecked;
import org.adsync.sync.SyncOperatingState;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Gauges of every sync at once, from the database and the timer store rather than this server's memory: the same on
 * every server of a cluster (take one server's, or the max). Refreshed in the background every
 * {@link #REFRESH_SECONDS} s, so a scrape never waits for the database. The last-success age is one series per
 * enabled sync, labelled with its organization's id, and removed when the sync is disabled or removed. Customers'
 * names go into a label only when an operator turns it on ({@value #NAME_LABEL_PROPERTY}): {@code /prometheus} is
 * often scraped into systems shared beyond the MSP's own staff.
 */
@ApplicationScoped
public class FleetGauges {

    /** Seconds since the sync last succeeded, +Inf if it never did; Prometheus adds the unit: _seconds. */
    static final String LAST_SUCCESS_AGE = "adsync.sync.last.success.age.seconds";
    static final String NAME_LABEL_PROPERTY = "adsync.metrics.organization-names";
    private static final long REFRESH_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(FleetGauges.class.getName());

    @Inject
    MeterRegistry registry;

    @Inject
    OperatingPicture picture;

    @Resource
    ManagedScheduledExecutorService executor;

    private volatile FleetSnapshot fleet;
    private volatile Map<Long, SyncOperatingState> enabledById = Map.of();
    /** The labels of each age gauge, by sync. */
    private final Map<Long, Tags> ageGauges = new HashMap<>();
    private ScheduledFuture<?> refreshing;

    void start(@Observes TimersChecked started) {
        // docs/operations.md, "Health and metrics", says what each means (WildFly's registry keeps no descriptions)
        fleetGauge("adsync.syncs.enabled", FleetSnapshot::enabledSyncs);
        fleetGauge("adsync.timers", FleetSnapshot::timers);
        fleetGauge("adsync.timers.missing", FleetSnapshot::missingTimers);
        fleetGauge("adsync.syncs.running", FleetSnapshot::running);
        fleetGauge("adsync.conflicts", FleetSnapshot::conflicts);
        fleetGauge("adsync.syncs.failing", FleetSnapshot::failing);
        refreshing = executor.scheduleWithFixedDelay(this::refresh, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
    }

    /** Takes a new picture and keeps one age gauge per enabled sync. */
    synchronized void refresh() {
        try {
            FleetSnapshot now = picture.current();
            Map<Long, SyncOperatingState> enabled = now.syncs().stream().filter(SyncOperatingState::enabled)
                    .collect(Collectors.toMap(SyncOperatingState::configurationId, s -> s));
            for (Long id : Set.copyOf(ageGauges.keySet())) {
                SyncOperatingState still = enabled.get(id);
                if (still == null || !ageTags(still).equals(ageGauges.get(id))) {
                    Gauge gone = registry.find(LAST_SUCCESS_AGE).tags(ageGauges.get(id)).gauge();
                    if (gone != null) {
                        registry.remove(gone);
                    }
                    ageGauges.remove(id);
                }
            }
            enabledById = enabled;
            fleet = now;
            for (SyncOperatingState sync : enabled.values()) {
                long id = sync.configurationId();
                if (ageGauges.putIfAbsent(id, ageTags(sync)) == null) {
                    registry.gauge(LAST_SUCCESS_AGE, ageTags(sync), this, gauges -> gauges.secondsSinceSuccess(id));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not refresh the AD Sync gauges; they show the previous values", e);
        }
    }

    private double secondsSinceSuccess(long configurationId) {
        SyncOperatingState sync = enabledById.get(configurationId);
        return sync == null ? Double.NaN : FleetSnapshot.secondsSinceSuccess(sync, Instant.now());
    }

    /** The organization's and the sync's ids, and the organization's name only where an operator asked for it. */
    static Tags ageTags(SyncOperatingState sync) {
        Tags ids = Tags.of("organization", Long.toString(sync.organizationId()), "sync",
                Long.toString(sync.configurationId()));
        return Boolean.getBoolean(NAME_LABEL_PROPERTY) ? ids.and("organization_name", sync.organizationName()) : ids;
    }

    private void fleetGauge(String name, ToDoubleFunction<FleetSnapshot> value) {
        registry.gauge(name, Tags.empty(), this,
                gauges -> gauges.fleet == null ? Double.NaN : value.applyAsDouble(gauges.fleet));
    }
}
