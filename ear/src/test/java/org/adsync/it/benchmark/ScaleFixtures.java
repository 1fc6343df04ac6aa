package org.adsync.it.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.it.fixture.Fixtures;
import org.adsync.sync.AttemptCounts;
import org.adsync.sync.SyncAttempt;
import org.adsync.sync.SyncAttemptRepository;
import org.adsync.sync.SyncConfigurationRepository;
import org.adsync.sync.SyncTrigger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Thousands of organizations with a sync each, as an installation that has run for a while: each sync enabled, its
 * last sync succeeded a minute ago, and (as after restoring the database without the timer store) no timer yet.
 */
@ApplicationScoped
public class ScaleFixtures {

    @Inject
    Fixtures fixtures;

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    SyncAttemptRepository attempts;

    /** Organizations with a disabled sync each; then {@link #syncedAMinuteAgoAndEnabled}, a batch at a time. */
    public List<Long> organizationsWithASync(String prefix, int count) {
        List<Long> syncs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            syncs.add(fixtures.unreachableLdapSync(fixtures.organization(prefix + " " + i, List.of()), false));
        }
        return syncs;
    }

    /** Disables them without an event, as a database restore would: the timer check then cancels their timers. */
    @Transactional
    public void disabledBehindTheScheduler(List<Long> syncs) {
        Instant now = Instant.now();
        syncs.forEach(id -> configurations.findById(id).orElseThrow().disable(now));
    }

    @Transactional
    public void syncedAMinuteAgoAndEnabled(List<Long> syncs) {
        Instant now = Instant.now();
        for (long id : syncs) {
            SyncAttempt last = attempts.add(new SyncAttempt(id, SyncTrigger.SCHEDULED, now.minus(Duration
                    .ofMinutes(1))));
            last.succeeded(new AttemptCounts(), "Sync completed", now.minusSeconds(50));
            configurations.findById(id).orElseThrow().enable(now);
        }
    }
}
