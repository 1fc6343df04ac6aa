package org.adsync.it.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.api.ApiClient;
import org.adsync.it.api.ApiClient.Answer;
import org.adsync.it.cluster.ClusterOfTwo.Node;
import org.adsync.it.console.ConsoleSession;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * adsync on two WildFly servers sharing one PostgreSQL database, as docs/operations.md's "Running a cluster" sets them
 * up ({@link ClusterOfTwo}): every scheduled sync runs once, a forced sync and the other server's timer run it once, a
 * server killed in the middle of a sync is taken over by the other, restarts leave one timer per sync, and the console
 * answers on either server. The steps build on one another, in order.
 */
@Tag("cluster") // about five minutes: its own profile, -Pcluster (see docs/operations.md, "Running a cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String SMALL_DN = "DC=small,DC=cluster,DC=example";
    private static final String LARGE_DN = "DC=large,DC=cluster,DC=example";
    private static final String SERVICE_PASSWORD = "Cluster-Bind-Secret-1";
    private static final int LARGE_USERS = 1500;
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final String AD_SYNC_PAGE = "admin/ad-sync.xhtml";

    private static final ContinuationGate GATE = new ContinuationGate();
    private static ClusterOfTwo cluster;
    private static LookAlikeDirectory small;
    private static LookAlikeDirectory large;
    private static ApiClient one;
    private static ApiClient two;

    @BeforeAll
    static void startDirectoriesAndServers() throws Exception {
        Path keys = Path.of("target", "cluster-it-directories");
        small = LookAlikeDirectory.start(keys.resolve("small.p12"), SMALL_DN, 0, serviceDn(SMALL_DN),
                SERVICE_PASSWORD);
        String people = small.addContainer("People");
        for (int i = 0; i < 5; i++) {
            small.addUser(ActiveDirectoryUser.named("Small" + i, "User" + i, "user" + i + "@small.example"), people);
        }
        large = LookAlikeDirectory.start(keys.resolve("large.p12"), LARGE_DN, 0, serviceDn(LARGE_DN),
                SERVICE_PASSWORD, GATE);
        String staff = large.addContainer("Staff");
        for (int i = 0; i < LARGE_USERS; i++) {
            large.addUser(ActiveDirectoryUser.named("Large" + i, "Staff" + i, "staff" + i + "@large.example"), staff);
        }
        cluster = ClusterOfTwo.setUp();
        cluster.startBoth(); // both create the first administrator and check the timers at the same moment
        one = cluster.node(1).admin();
        two = cluster.node(2).admin();
        created(one.post("billing-products", "{\"name\": \"Per contact\", \"defaultForNewSyncs\": true}"));
    }

    @AfterAll
    static void stopServersAndDirectories() throws Exception {
        GATE.open();
        if (cluster != null) {
            cluster.close();
        }
        for (LookAlikeDirectory directory : new LookAlikeDirectory[] {small, large}) {
            if (directory != null) {
                directory.close();
            }
        }
    }

    @Test
    @Order(1)
    void everyScheduledSyncOfFiftyOrganizationsRunsExactlyOnceOnOneOfTheServers() throws Exception {
        Duration interval = Duration.ofSeconds(15);
        int rounds = 3; // the first sync, then two scheduled ones
        List<Long> syncs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ApiClient api = i % 2 == 0 ? one : two; // saved through either server
            syncs.add(sync(api, organization(api, "Cluster " + i), small, interval, true));
        }
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(5)).until(() -> syncs.stream()
                .allMatch(sync -> ended(attempts(one, sync)).size() >= rounds));

        for (long sync : syncs) {
            List<JsonObject> attempts = ended(attempts(two, sync));
            for (int i = 0; i < attempts.size(); i++) {
                JsonObject attempt = attempts.get(i);
                assertEquals("SUCCEEDED", attempt.getString("outcome"), attempt::toString);
                assertEquals(i == 0 ? "FIRST" : "SCHEDULED", attempt.getString("trigger"), attempt::toString);
                if (i > 0) {
                    JsonObject before = attempts.get(i - 1);
                    assertTrue(!started(attempt).isBefore(finished(before)), "no two attempts of one organization "
                            + "overlap: " + before + " and " + attempt);
                    Duration gap = Duration.between(started(before), started(attempt));
                    assertTrue(gap.compareTo(interval.minusSeconds(1)) >= 0, "a round ran twice: " + attempts);
                    assertTrue(gap.compareTo(interval.plusSeconds(10)) <= 0, "a round was missed: " + attempts);
                }
            }
        }
        for (int node = 1; node <= 2; node++) {
            assertTrue(cluster.node(node).serverLog().contains("Sync of Cluster "), "both servers ran syncs");
        }
        syncs.forEach(sync -> removeOnceIdle(one, sync));
    }

    @Test
    @Order(2)
    void aForcedSyncOnOneServerWhileTheOtherServersTimerFiresRunsOnce() throws Exception {
        String name = "Forced And Timed";
        long sync = sync(two, organization(two, name), large, Duration.ofHours(1), true);
        Awaitility.await().atMost(WAIT).until(() -> ended(attempts(one, sync)).size() == 1);

        GATE.close();
        Node other = cluster.node(2);
        try (Management management = new Management(other)) {
            Instant forcedAt = Instant.now();
            assertEquals(202, one.post("syncs/" + sync + "/force").status(), "server one runs it");
            Awaitility.await().atMost(WAIT).until(() -> GATE.held() >= 1);
            // the forced sync moved the timer an hour on; the other server loads it from the timer store and an
            // operator fires it there now, as if its time had come
            Instant next = forcedAt.plus(Duration.ofHours(1)).minusSeconds(1);
            Awaitility.await().atMost(WAIT).until(() -> management.timersOf(sync).size() == 1
                    && !management.timersOf(sync).get(0).nextTimeout().isBefore(next));
            management.trigger(management.timersOf(sync).get(0));
            Awaitility.await().atMost(WAIT).until(() -> other.serverLog().contains("A sync of " + name
                    + " is already running"));
            assertEquals(409, two.post("syncs/" + sync + "/force").status(), "Force Sync there is refused too");
            assertEquals(1, management.timersOf(sync).size(), "the refused timer stays the next sync's timer");
        } finally {
            GATE.open();
        }
        Awaitility.await().atMost(WAIT).until(() -> ended(attempts(one, sync)).size() == 2);
        assertEquals(List.of("FIRST", "FORCED"), ended(attempts(one, sync)).stream()
                .map(attempt -> attempt.getString("trigger")).toList(), "one run, not two");
        removeOnceIdle(one, sync);
    }

    @Test
    @Order(3)
    void whenTheServerRunningALongSyncIsKilledTheOtherTakesOverWithNothingLostOrDeactivated() throws Exception {
        long organization = organization(one, "Killed Mid-Sync");
        long sync = sync(one, organization, large, Duration.ofSeconds(30), true);
        Awaitility.await().atMost(WAIT).until(() -> ended(attempts(one, sync)).size() == 1);
        assertEquals(LARGE_USERS, contacts(one, organization));
        ConsoleSession browser = new ConsoleSession(cluster.node(1).console());
        assertTrue(browser.signIn(AD_SYNC_PAGE, ClusterOfTwo.ADMIN, ClusterOfTwo.ADMIN_PASSWORD).body()
                .contains("adSyncIntro"), "the console answers on server one");

        GATE.close();
        assertEquals(202, one.post("syncs/" + sync + "/force").status());
        Awaitility.await().atMost(WAIT).until(() -> GATE.held() >= 1); // a page stored, the next one asked for
        cluster.node(1).server().killHard();
        GATE.open();

        // after the lease expires, server two's timer takes the sync over and closes the cut-off attempt
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(2))
                .until(() -> ended(attempts(two, sync)).size() == 3);
        List<JsonObject> attempts = ended(attempts(two, sync));
        JsonObject cutOff = attempts.get(1);
        JsonObject takenOver = attempts.get(2);
        assertEquals("FAILED", cutOff.getString("outcome"), cutOff::toString);
        assertTrue(cutOff.getString("message").contains("(node1) stopped, or lost its database connection, before it "
                + "finished"), cutOff::toString);
        assertEquals(0, cutOff.getInt("deactivated"), "the cut-off read deactivated no one");
        assertEquals("SUCCEEDED", takenOver.getString("outcome"), takenOver::toString);
        assertEquals(0, takenOver.getInt("deactivated"), takenOver::toString);
        assertEquals(0, takenOver.getInt("created"), "no contact was made twice");
        assertEquals(LARGE_USERS, contacts(two, organization));
        assertEquals(LARGE_USERS, two.get("syncs/" + sync).object().getJsonNumber("syncedUsers").intValue());
        String metrics = cluster.node(2).managementGet("prometheus");
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("adsync_leases_taken_over_total")
                && line.endsWith(" 1.0")), "the takeover is counted");

        ConsoleSession sameBrowser = browser.on(cluster.node(2).console());
        assertTrue(sameBrowser.get(AD_SYNC_PAGE).body().contains("j_security_check"), "sessions are not "
                + "replicated: the admin is asked to sign in again on the other server");
        assertTrue(sameBrowser.postLogin(ClusterOfTwo.ADMIN, ClusterOfTwo.ADMIN_PASSWORD).body()
                .contains("adSyncIntro"), "and then works there");
        removeOnceIdle(two, sync);
    }

    @Test
    @Order(4)
    void afterARollingRestartAndAfterBothStartTogetherEachEnabledSyncHasExactlyOneTimer() throws Exception {
        List<Long> enabled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            enabled.add(sync(two, organization(two, "Restarted " + i), small, Duration.ofHours(1), true));
        }
        sync(two, organization(two, "Restarted but off"), small, Duration.ofHours(1), false);
        Awaitility.await().atMost(WAIT).until(() -> enabled.stream().allMatch(s -> ended(attempts(two, s)).size()
                == 1));

        cluster.node(1).server().start(); // it was killed: it comes back first, then the other is restarted
        cluster.node(2).server().restart();
        one = cluster.node(1).admin();
        assertEquals(oneTimerEach(enabled), TimerTable.timersBySync(ClusterOfTwo.SCHEMA));

        cluster.node(1).server().stop();
        cluster.node(2).server().stop();
        TimerTable.deleteAll(ClusterOfTwo.SCHEMA); // as after restoring the database without the timer table
        cluster.startBoth();
        assertEquals(oneTimerEach(enabled), TimerTable.timersBySync(ClusterOfTwo.SCHEMA),
                "servers starting together repair the timers once, not once each");
        for (int node = 1; node <= 2; node++) {
            Node server = cluster.node(node);
            Awaitility.await().atMost(WAIT).untilAsserted(() -> {
                String ready = server.managementGet("health/ready");
                assertTrue(ready.startsWith("{\"status\":\"UP\"") && ready.contains("\"missingTimers\":0"), ready);
            });
        }
    }

    /** One timer for each of those syncs, none for any other (the disabled one, the removed ones). */
    private static Map<Long, Integer> oneTimerEach(List<Long> enabled) {
        Map<Long, Integer> expected = new TreeMap<>();
        enabled.forEach(sync -> expected.put(sync, 1));
        return expected;
    }

    private static String serviceDn(String baseDn) {
        return "CN=svc,CN=Users," + baseDn;
    }

    private static long organization(ApiClient api, String name) {
        return created(api.post("organizations", Json.createObjectBuilder().add("name", name).build().toString()))
                .getJsonNumber("id").longValue();
    }

    private static long sync(ApiClient api, long organization, LookAlikeDirectory directory, Duration interval,
                             boolean enabled) throws Exception {
        String body = Json.createObjectBuilder()
                .add("organizationId", organization)
                .add("enabled", enabled)
                .add("directoryType", "LDAP")
                .add("ldap", Json.createObjectBuilder()
                        .add("host", "127.0.0.1")
                        .add("port", directory.port())
                        .add("transport", "LDAPS")
                        .add("bindDn", serviceDn(directory.baseDn()))
                        .add("bindPassword", SERVICE_PASSWORD)
                        .add("baseDn", directory.baseDn())
                        .add("trustedCertificatesPem", directory.certificatePem()))
                .add("interval", interval.toString())
                .build().toString();
        return created(api.post("syncs", body)).getJsonNumber("id").longValue();
    }

    /**
     * Removes a sync, waiting while it runs: removing a running sync is refused (409), and with second-long
     * intervals the next round may have started by the time a test is done with it.
     */
    private static void removeOnceIdle(ApiClient api, long sync) {
        int status = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.delete("syncs/" + sync).status(), answered -> answered != 409);
        assertEquals(204, status, "sync " + sync + " removed");
    }

    private static List<JsonObject> attempts(ApiClient api, long sync) {
        return api.get("syncs/" + sync + "/attempts").array().getValuesAs(JsonObject.class);
    }

    /** The attempts that ended, oldest first. */
    private static List<JsonObject> ended(List<JsonObject> attempts) {
        return attempts.stream().filter(attempt -> !attempt.getString("outcome").equals("RUNNING"))
                .sorted(Comparator.comparing(ClusterIT::started)).toList();
    }

    private static Instant started(JsonObject attempt) {
        return Instant.parse(attempt.getString("startedAt"));
    }

    private static Instant finished(JsonObject attempt) {
        return Instant.parse(attempt.getString("finishedAt"));
    }

    private static long contacts(ApiClient api, long organization) {
        return api.get("organizations/" + organization + "/contacts?size=1").object().getJsonNumber("total")
                .longValue();
    }

    private static JsonObject created(Answer answer) {
        assertEquals(201, answer.status(), answer::toString);
        return answer.object();
    }
}
