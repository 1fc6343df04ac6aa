package org.adsync.it.schedule;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.it.DatabaseSensitive;
import org.adsync.it.sync.SyncScenario;
import org.adsync.schedule.SyncScheduler;
import org.adsync.schedule.SyncTimers;
import org.adsync.sync.ContactField;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.LdapSettingsInput;
import org.adsync.sync.SyncAlreadyRunningException;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.admin.LdapSyncRequest;
import org.adsync.sync.admin.SyncAdministration;
import org.adsync.sync.engine.SyncEngine;
import org.awaitility.Awaitility;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schedules inside the server, on the real EJB timer service: a timer per enabled configuration, the first
 * sync right after enabling, the next one an interval after the last, Force Sync, the database lease against
 * concurrent runs, failures that keep the schedule, the timer check and the history's retention. The servers allow
 * intervals down to a second and keep 10 attempts (see arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@DatabaseSensitive
class ScheduleIT {

    private static final String BASE_DN = "DC=schedule,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Schedule-Password-1";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SyncScenario scenario;

    @Inject
    SyncAdministration administration;

    @Inject
    SyncScheduler scheduler;

    @Inject
    SyncTimers timers;

    @Inject
    SyncEngine engine;

    @Inject
    TimerStore timerStore;

    @Resource
    ManagedExecutorService executor;

    private final SearchGate searches = new SearchGate();
    private final List<Long> configurations = new ArrayList<>();
    private LookAlikeDirectory directory;

    @BeforeEach
    void startDirectory() throws Exception {
        Path keyStore = Path.of(System.getProperty("jboss.server.temp.dir"), "adsync-it", "directory.p12");
        directory = LookAlikeDirectory.start(keyStore, BASE_DN, 0, SERVICE_DN, SERVICE_PASSWORD, searches);
        directory.addUser(ActiveDirectoryUser.named("Sam", "Schedule", "sam@schedule.example"),
                directory.addContainer("People"));
    }

    /** Removes what the test configured, once no sync of it runs any more, so that no timer outlives the test. */
    @AfterEach
    void removeConfigurations() throws Exception {
        searches.open();
        for (long configuration : configurations) {
            administration.enable(configuration, false);
            awaitAttempts(configuration, attempts -> attempts.stream().noneMatch(
                    a -> a.outcome() == SyncOutcome.RUNNING));
            administration.remove(configuration);
        }
        directory.close();
    }

    @Test
    void aTimerAppearsWhenEnabledSyncsAtOnceAndGoesWhenDisabledOrRemoved() throws Exception {
        long configuration = configure("Contoso", false, HOUR, directory.port());
        assertEquals(List.of(), scheduler.timers(configuration), "a disabled sync has no timer");

        administration.enable(configuration, true);
        SyncAttemptView first = awaitFinished(configuration, 1);
        assertEquals(SyncTrigger.FIRST, first.trigger(), "the first sync is called what it is");
        assertEquals(SyncOutcome.SUCCEEDED, first.outcome(), first.message());
        Instant next = millis(first.startedAt().plus(HOUR));
        assertEquals(List.of(next), scheduler.timers(configuration), "the next sync is an interval after the last");
        assertEquals(next, millis(administration.view(configuration).nextSyncAt()));

        administration.enable(configuration, false);
        assertEquals(List.of(), scheduler.timers(configuration));
        assertNull(administration.view(configuration).nextSyncAt());

        administration.enable(configuration, true);
        assertEquals(List.of(next), scheduler.timers(configuration), "enabling again keeps the interval");

        configurations.remove(configuration);
        administration.remove(configuration);
        assertEquals(List.of(), scheduler.timers(configuration));
    }

    @Test
    void forceSyncRunsInTheBackgroundAndMovesTheNextSyncToOneIntervalAfterIt() throws Exception {
        long configuration = configure("Fabrikam", true, HOUR, directory.port());
        awaitFinished(configuration, 1);

        long attemptId = scheduler.forceSync(configuration);

        SyncAttemptView forced = awaitAttempt(configuration, attemptId);
        assertEquals(SyncTrigger.FORCED, forced.trigger());
        assertEquals(SyncOutcome.SUCCEEDED, forced.outcome(), forced.message());
        assertEquals(List.of(millis(forced.startedAt().plus(HOUR))), scheduler.timers(configuration));
    }

    @Test
    void aDisabledSyncIsForcedOnceAndItsScheduleStaysOff() throws Exception {
        long configuration = configure("Tailspin", false, HOUR, directory.port());

        long attemptId = scheduler.forceSync(configuration);

        SyncAttemptView once = awaitAttempt(configuration, attemptId);
        assertEquals(SyncOutcome.SUCCEEDED, once.outcome(), once.message());
        assertEquals(List.of(), scheduler.timers(configuration), "a controlled first run starts no schedule");
        assertNull(administration.view(configuration).nextSyncAt());
        assertFalse(administration.view(configuration).enabled());
    }

    /** The console and the API show an attempt ended only once its lease is given back, never a moment before. */
    @Test
    void aSyncSeenToHaveEndedCanBeForcedAgainAtOnce() throws Exception {
        long configuration = configure("Contoso Pharmaceuticals", true, HOUR, directory.port());
        awaitFinished(configuration, 1);

        for (int round = 0; round < 20; round++) {
            long attemptId = scheduler.forceSync(configuration); // refused if the last one still held its lease
            awaitAttempts(configuration, list -> list.get(0).outcome() != SyncOutcome.RUNNING);
            assertEquals(attemptId, administration.attempts(configuration, 1).get(0).id());
        }
        assertTrue(administration.attempts(configuration, 100).stream()
                .allMatch(a -> a.outcome() == SyncOutcome.SUCCEEDED));
    }

    @Test
    void twoForceSyncsAtOnceRunOneSyncAndRefuseTheOther() throws Exception {
        long configuration = configure("Northwind", true, HOUR, directory.port());
        awaitFinished(configuration, 1);
        searches.close();

        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> force = () -> {
            start.await();
            try {
                return scheduler.forceSync(configuration);
            } catch (SyncAlreadyRunningException refused) {
                return refused;
            }
        };
        Future<Object> one = executor.submit(force);
        Future<Object> other = executor.submit(force);
        start.countDown();
        List<Object> results = List.of(one.get(), other.get());

        assertEquals(1, results.stream().filter(Long.class::isInstance).count(), results.toString());
        SyncAlreadyRunningException refused = (SyncAlreadyRunningException) results.stream()
                .filter(SyncAlreadyRunningException.class::isInstance).findFirst().orElseThrow();
        assertTrue(refused.getMessage().startsWith("A sync of " + refused.organizationName()
                + " is already running since "), refused.getMessage());
        assertTrue(refused.organizationName().startsWith("Northwind"));
        assertNotNull(refused.since());
        searches.open();
        long ran = (Long) results.stream().filter(Long.class::isInstance).findFirst().orElseThrow();
        assertEquals(SyncOutcome.SUCCEEDED, awaitAttempt(configuration, ran).outcome());
        assertEquals(2, administration.attempts(configuration, 100).size(), "the first sync and one forced sync");
    }

    @Test
    void aFailingScheduledSyncIsRecordedAndTheScheduleLivesOn() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long configuration = configure("Adatum", true, Duration.ofSeconds(2), closedPort);

        List<SyncAttemptView> attempts = awaitAttempts(configuration, list -> list.stream()
                .filter(a -> a.outcome() == SyncOutcome.FAILED).count() >= 2);

        for (SyncAttemptView failed : attempts.subList(0, 2)) {
            assertEquals(failed == attempts.get(attempts.size() - 1) ? SyncTrigger.FIRST : SyncTrigger.SCHEDULED,
                    failed.trigger(), "the schedule's first sync, then its retries");
            assertTrue(failed.message().contains("127.0.0.1:" + closedPort), failed.message());
        }
        assertEquals(1, scheduler.timers(configuration).size(), "the timer survives failed syncs");
    }

    @Test
    void anIntervalUnderTheMinimumIsRefused() {
        long org = scenario.organization("Proseware");
        InvalidSyncSettingsException refused = assertThrows(InvalidSyncSettingsException.class, () ->
                administration.createLdapSync(new LdapSyncRequest(org, true, settings(directory.port()),
                        ContactField.all(), null, Duration.ofMillis(500))));
        assertEquals("interval", refused.problems().get(0).field());
        assertTrue(administration.organizationsWithoutSync().stream().anyMatch(o -> o.id() == org));
    }

    @Test
    void theTimerCheckRestoresAMissingTimerAndNeverAddsASecondOne() throws Exception {
        long configuration = configure("Tailspin", true, HOUR, directory.port());
        SyncAttemptView first = awaitFinished(configuration, 1);
        List<Instant> scheduled = List.of(millis(first.startedAt().plus(HOUR)));

        timers.cancel(configuration); // as after a restore of the database from before the timer existed
        assertEquals(List.of(), scheduler.timers(configuration));
        assertTrue(scheduler.repairTimers().created() >= 1);
        assertEquals(scheduled, scheduler.timers(configuration));

        scheduler.repairTimers();
        scheduler.repairTimers();
        assertEquals(scheduled, scheduler.timers(configuration), "checking again changes nothing");
    }

    @Test
    void timersAreKeptInTheServersTimerStore() throws Exception {
        long configuration = configure("Wingtip", true, HOUR, directory.port());
        awaitFinished(configuration, 1);
        // counted just before and after the timer goes: a sync of an earlier test class may still be setting its
        // own timer, so a count taken before this sync was saved could change for that reason too
        long withTimer = timerStore.syncTimers();
        administration.enable(configuration, false);
        assertEquals(withTimer - 1, timerStore.syncTimers(), "the timer was in the " + timerStore.kind() + " store");
    }

    @Test
    void theHistoryKeepsTheLatestAttempts() throws Exception {
        long configuration = configure("Woodgrove", false, HOUR, directory.port());
        List<Long> ran = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            ran.add(engine.run(configuration, SyncTrigger.FORCED));
        }

        List<Long> kept = administration.attempts(configuration, 100).stream().map(SyncAttemptView::id).toList();

        assertEquals(10, kept.size(), "the servers keep 10 attempts per organization");
        List<Long> latestFirst = new ArrayList<>(ran.subList(3, 13));
        java.util.Collections.reverse(latestFirst);
        assertEquals(latestFirst, kept, "the latest ones, newest first");
    }

    private long configure(String name, boolean enabled, Duration interval, int port) throws Exception {
        long org = scenario.organization(name);
        long configuration = administration.createLdapSync(new LdapSyncRequest(org, enabled, settings(port),
                ContactField.all(), null, interval));
        configurations.add(configuration);
        return configuration;
    }

    private LdapSettingsInput settings(int port) throws Exception {
        return new LdapSettingsInput.Builder().host("127.0.0.1").port(port).transport(LdapTransport.LDAPS)
                .bindDn(SERVICE_DN).password(SERVICE_PASSWORD).baseDn(BASE_DN).connectTimeoutSeconds(2)
                .trustedCertificatesPem(directory.certificatePem()).build();
    }

    /** The configuration's oldest attempt once that many have finished. */
    private SyncAttemptView awaitFinished(long configuration, int count) throws InterruptedException {
        List<SyncAttemptView> attempts = awaitAttempts(configuration, list -> list.stream()
                .filter(a -> a.outcome() != SyncOutcome.RUNNING).count() >= count);
        return attempts.get(attempts.size() - 1);
    }

    private SyncAttemptView awaitAttempt(long configuration, long attemptId) throws InterruptedException {
        return awaitAttempts(configuration, list -> list.stream()
                .anyMatch(a -> a.id() == attemptId && a.outcome() != SyncOutcome.RUNNING)).stream()
                .filter(a -> a.id() == attemptId).findFirst().orElseThrow();
    }

    /** The attempts, latest first, once they satisfy the condition. */
    private List<SyncAttemptView> awaitAttempts(long configuration, Predicate<List<SyncAttemptView>> condition) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> administration.attempts(configuration, 100), condition::test);
    }

    private static Instant millis(Instant instant) {
        return Optional.ofNullable(instant).map(i -> i.truncatedTo(ChronoUnit.MILLIS)).orElse(null);
    }
}
