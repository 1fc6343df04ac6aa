package org.adsync.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.sync.SyncAttempt;
import org.adsync.sync.SyncAttemptRepository;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncConfigurationRepository;
import org.adsync.sync.SyncSchedule;
import org.adsync.sync.SyncScheduleRepository;

import java.util.List;
import java.util.Optional;

/** Reads configurations as the scheduler sees them. */
@ApplicationScoped
@Transactional
public class ScheduleFacts {

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    SyncAttemptRepository attempts;

    @Inject
    SyncScheduleRepository schedules;

    public Optional<ScheduledConfiguration> of(long configurationId) {
        return configurations.findById(configurationId).map(this::factsOf);
    }

    public List<ScheduledConfiguration> all() {
        return configurations.findAll().stream().map(this::factsOf).toList();
    }

    private ScheduledConfiguration factsOf(SyncConfiguration configuration) {
        long id = configuration.getId();
        return new ScheduledConfiguration(id, configuration.getOrganization().getName(), configuration.isEnabled(),
                configuration.getInterval(),
                attempts.latest(id, 1).stream().findFirst().map(SyncAttempt::getStartedAt).orElse(null),
                schedules.find(id).flatMap(SyncSchedule::getNextSyncAt).orElse(null));
    }
}
