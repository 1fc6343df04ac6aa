package org.adsync.it.outage;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.api.ApiClient.Answer;
import org.adsync.it.console.ConsoleSession;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database failing under a running server, on PostgreSQL: its connections terminated during a sync (as an
 * administrator or a failover does), PostgreSQL away for 5 seconds under a sync (a restart), and unreachable for 20
 * seconds while API calls, the console and a timer go on. Nothing answers 500, an interrupted sync ends failed within
 * seconds with the database named and without blocking the organization, and everything works again once the
 * database is back. The timings are printed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("postgresql-only")
class DatabaseOutageIT {

    private static final String PASSWORD = "database outage password 1";
    private static final String BASE_DN = "DC=outage,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Outage-Bind-Secret-42";
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    private final PostgreSqlAdministrator postgres = new PostgreSqlAdministrator();
    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private final HoldingGate gate = new HoldingGate();
    private final List<Integer> statuses = new ArrayList<>();
    private final List<Long> syncs = new ArrayList<>();
    private LookAlikeDirectory directory;
    private String people;
    private String admin;
    private ApiClient api;

    @BeforeEach
    void startDirectoryAndSignIn() throws Exception {
        assertTrue(postgres.available(), "cuts PostgreSQL connections: needs the PostgreSQL run's system properties "
                + "(adsync.it.postgresql.admin-url); the H2 run leaves this class out by its tag");
        directory = LookAlikeDirectory.start(Path.of("target", "outage-it", "directory.p12"), BASE_DN, 0,
                SERVICE_DN, SERVICE_PASSWORD, gate);
        people = directory.addContainer("People");
        admin = FixtureClient.unique("outage-admin");
        fixtures.user(admin, PASSWORD, Permission.values());
        api = ApiClient.signedIn(admin, PASSWORD);
    }

    @AfterEach
    void endOutageRemoveTheSyncsAndStopDirectory() throws Exception {
        gate.open();
        if (postgres.available()) {
            postgres.endOutage();
        }
        for (long sync : syncs) { // no timer of these may fire during the tests that follow; not while it runs
            Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                fixtures.removeSync(sync);
                return true;
            });
        }
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    void terminatedConnectionsAreReplacedUnnoticedAndARestartDuringASyncEndsItFailedWithoutBlockingTheNext()
            throws Exception {
        addUsers(1_000);
        long id = createSync(false, "PT24H");

        gate.holdLaterPages(); // the sync waits for its second page: no database connection in use
        long first = forceSync(id);
        int terminated = postgres.terminateConnections();
        gate.open();
        JsonObject completed = await(Duration.ofSeconds(60), () -> finished(id, first));
        assertEquals("SUCCEEDED", completed.getString("outcome"), "the pool replaced the terminated connections "
                + "as they were taken: " + completed);
        assertEquals(1_000, completed.getInt("created"), completed::toString);

        gate.holdLaterPages(); // now PostgreSQL goes away under the sync, as in a restart, and comes back
        long second = forceSync(id);
        postgres.startOutage();
        long downAt = System.nanoTime();
        gate.open();
        Thread.sleep(5_000);
        postgres.endOutage();
        JsonObject failed = await(Duration.ofSeconds(30), () -> finished(id, second));
        double endedAfter = (System.nanoTime() - downAt) / 1e9;
        assertEquals("FAILED", failed.getString("outcome"), failed::toString);
        String message = failed.getString("message");
        assertTrue(message.contains("The database connection was lost") && message.contains("read 1,000 users")
                && message.contains("nothing was deactivated") && message.contains("the next sync starts from the "
                + "beginning"), message);

        long forcedAt = System.nanoTime();
        long third = forceSync(id); // accepted at once: the lease was given back
        double acceptedAfter = (System.nanoTime() - forcedAt) / 1e9;
        JsonObject again = await(Duration.ofSeconds(60), () -> finished(id, third));
        assertEquals("SUCCEEDED", again.getString("outcome"), again::toString);
        assertEquals(List.of(1_000, 0, 0), List.of(again.getInt("read"), again.getInt("created"),
                again.getInt("deactivated")), "the same contacts as before: " + again);
        assertEquals(1_000, call(api.get("syncs/" + id), 200).object().getInt("syncedUsers"));
        assertFalse(statuses.contains(500), "no request answered 500: " + statuses);
        System.out.printf("DatabaseOutageIT: %d connections terminated during a read: the sync went on and "
                + "completed. PostgreSQL away for 5 s during a read: the attempt ended FAILED %.1f s after the "
                + "database went (\"%s\"); the next Force Sync was accepted in %.2f s and completed%n", terminated,
                endedAfter, message, acceptedAfter);
    }

    private long forceSync(long id) {
        long attempt = call(api.post("syncs/" + id + "/force"), 202).object().getJsonNumber("id").longValue();
        await(Duration.ofSeconds(30), () -> call(api.get("syncs/" + id + "/attempts/" + attempt), 200).object()
                .getInt("read") > 0);
        return attempt;
    }

    @Test
    void whileTheDatabaseIsUnreachableTheApiAnswers503TheConsoleSaysSoAndTheScheduleRunsOnceItIsBack()
            throws Exception {
        addUsers(20);
        ConsoleSession console = new ConsoleSession(ServerUnderTest.consoleUrl());
        console.signIn("organizations.xhtml", admin, PASSWORD);
        long id = createSync(true, "PT15S");
        await(Duration.ofSeconds(30), () -> latestAttempts(id).stream().anyMatch(a -> "SUCCEEDED".equals(
                a.getString("outcome"))));

        postgres.startOutage();
        long downAt = System.nanoTime();
        Instant outageStart = Instant.now();
        Double readinessDownAfter = null;
        List<Integer> apiDuring = new ArrayList<>();
        while (System.nanoTime() - downAt < OUTAGE.toNanos()) {
            Answer answer = api.get("syncs/" + id);
            apiDuring.add(answer.status());
            if (answer.status() == 503) {
                assertTrue(answer.header("Retry-After").isPresent(), answer::toString);
                assertTrue(answer.body().contains("database-unavailable"), answer::toString);
            }
            if (readinessDownAfter == null && readiness() == 503) {
                readinessDownAfter = (System.nanoTime() - downAt) / 1e9;
            }
            Thread.sleep(500);
        }
        HttpResponse<String> page = console.get("organizations.xhtml");
        postgres.endOutage();
        long upAt = System.nanoTime();
        Instant outageEnd = Instant.now();
        await(Duration.ofSeconds(30), () -> api.get("syncs/" + id).status() == 200);
        double apiUpAfter = (System.nanoTime() - upAt) / 1e9;
        await(Duration.ofSeconds(60), () -> readiness() == 200); // with the lost timer set again
        double readinessUpAfter = (System.nanoTime() - upAt) / 1e9;

        assertTrue(apiDuring.stream().allMatch(status -> status == 503), "every API call answered 503 while the "
                + "database was away: " + apiDuring);
        assertTrue(readinessDownAfter != null && readinessDownAfter < 10, "readiness DOWN within seconds: "
                + readinessDownAfter);
        assertEquals(503, page.statusCode(), page::body);
        assertTrue(page.body().contains("adsync cannot reach its database"), page::body);
        JsonObject caughtUp = await(Duration.ofSeconds(90), () -> latestAttempts(id).stream()
                .filter(a -> Instant.parse(a.getString("startedAt")).isAfter(outageEnd))
                .filter(a -> "SUCCEEDED".equals(a.getString("outcome"))).reduce((later, earlier) -> earlier)
                .orElse(null));
        Instant caughtUpAt = Instant.parse(caughtUp.getString("startedAt"));
        Thread.sleep(5_000); // a duplicate would start right beside it
        List<JsonObject> sinceTheOutage = latestAttempts(id).stream().filter(a -> Instant.parse(a.getString(
                "startedAt")).isAfter(outageStart)).toList();
        assertEquals(List.of(caughtUp.getJsonNumber("id")), sinceTheOutage.stream()
                .filter(a -> Instant.parse(a.getString("startedAt")).isBefore(caughtUpAt.plusSeconds(10)))
                .map(a -> a.getJsonNumber("id")).toList(), "the sync due during the outage ran once, after it: "
                + sinceTheOutage);
        System.out.printf("DatabaseOutageIT: database unreachable for %d s: %d API calls all answered 503 with "
                + "Retry-After; readiness DOWN after %.1f s; the API answered again %.1f s after the database was "
                + "back, readiness UP %.1f s after; the sync due meanwhile ran once, %.1f s after%n",
                OUTAGE.toSeconds(), apiDuring.size(), readinessDownAfter, apiUpAfter, readinessUpAfter,
                Duration.between(outageEnd, caughtUpAt).toMillis() / 1e3);
    }

    private void addUsers(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            directory.addUser(ActiveDirectoryUser.named("U" + i, "Outage", "u" + i + "@outage.example"), people);
        }
    }

    private long createSync(boolean enabled, String interval) throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Outage"));
        String body = Json.createObjectBuilder().add("organizationId", organization).add("enabled", enabled)
                .add("interval", interval).add("directoryType", "LDAP")
                .add("ldap", Json.createObjectBuilder().add("host", "127.0.0.1").add("port", directory.port())
                        .add("transport", "LDAPS").add("bindDn", SERVICE_DN).add("bindPassword", SERVICE_PASSWORD)
                        .add("baseDn", BASE_DN).add("pageSize", 100)
                        .add("trustedCertificatesPem", directory.certificatePem()))
                .build().toString();
        long id = call(api.post("syncs", body), 201).object().getJsonNumber("id").longValue();
        syncs.add(id);
        return id;
    }

    /** The attempt once ended; null while it runs, or while the server answers that its database is away. */
    private JsonObject finished(long sync, long attempt) {
        Answer answer = api.get("syncs/" + sync + "/attempts/" + attempt);
        if (answer.status() == 503) {
            statuses.add(503);
            return null;
        }
        JsonObject seen = call(answer, 200).object();
        return "RUNNING".equals(seen.getString("outcome")) ? null : seen;
    }

    private List<JsonObject> latestAttempts(long sync) {
        Answer answer = call(api.get("syncs/" + sync + "/attempts?limit=20"), 200);
        return answer.body().startsWith("[") ? answer.array().getValuesAs(JsonObject.class)
                : answer.object().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The answer, whose status is remembered (none may be 500) and must be the expected one. */
    private Answer call(Answer answer, int expected) {
        statuses.add(answer.status());
        assertEquals(expected, answer.status(), answer::toString);
        return answer;
    }

    private static int readiness() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + ServerUnderTest.managementPort() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static <T> T await(Duration patience, java.util.concurrent.Callable<T> read) {
        return Awaitility.await().atMost(patience).pollInterval(Duration.ofMillis(200)).until(read,
                value -> value != null && !Boolean.FALSE.equals(value));
    }

    private static <T> T await(Duration patience, java.util.concurrent.Callable<T> read,
                               java.util.function.Predicate<T> condition) {
        return Awaitility.await().atMost(patience).pollInterval(Duration.ofMillis(500)).until(read, condition);
    }
}
