package org.adsync.it.operations;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.dmr.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's endpoints as docs/operations.md shows them with curl, on the management interface: /health/ready with
 * adsync's checks, and /prometheus with adsync's meters, after real syncs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorEndpointsIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String PASSWORD = "operator endpoints password";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI management = URI.create("http://127.0.0.1:" + ServerUnderTest.managementPort() + "/");
    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());

    @Test
    void readinessReportsTheSchemaTheKeyAndTheTimersAndSaysWhenSyncsKeepFailing() throws Exception {
        JsonObject ready = health("health/ready").body();
        JsonObject database = check(ready, "adsync-database");
        assertEquals("UP", database.getString("status"), database.toString());
        assertEquals(database.getJsonObject("data").getString("expectedVersion"),
                database.getJsonObject("data").getString("schemaVersion"));
        JsonObject key = check(ready, "adsync-secret-key");
        assertEquals("UP", key.getString("status"), key.toString());
        assertTrue(key.getJsonObject("data").getString("keyFingerprint").matches("[0-9a-f]{16}"), key.toString());
        assertFalse(ready.toString().contains(System.getProperty("adsync.servers.dir", "servers"))
                || ready.toString().contains("adsync-secret.key"), "no file system path in the readiness: " + ready);

        String name = FixtureClient.unique("Failing");
        long sync = fixtures.unreachableLdapSync(fixtures.organization(name));
        ApiClient api = admin();
        Awaitility.await().atMost(WAIT).until(() -> fixtures.attempts(sync) == 1);
        for (int attempt = 2; attempt <= 3; attempt++) {
            assertEquals(202, api.post("syncs/" + sync + "/force").status());
            int expected = attempt;
            Awaitility.await().atMost(WAIT).until(() -> fixtures.attempts(sync) == expected
                    && !api.get("syncs/" + sync + "/attempts").array().getJsonObject(0).getString("outcome")
                    .equals("RUNNING"));
        }
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonObject syncs = check(health("health/ready").body(), "adsync-syncs");
            assertEquals("UP", syncs.getString("status"), "failing syncs never make the server unready: " + syncs);
            assertTrue(syncs.getJsonObject("data").getString("degraded", "").matches(
                    "\\d+ syncs failed their last 3 attempts"), syncs.toString());
        });

        try (ModelControllerClient client = ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(),
                ServerUnderTest.managementPort())) {
            int missingBefore = check(health("health/ready").body(), "adsync-syncs").getJsonObject("data")
                    .getInt("missingTimers");
            cancelTimersOf(client, sync);
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                Health answer = health("health/ready");
                JsonObject syncs = check(answer.body(), "adsync-syncs");
                assertEquals(503, answer.status(), "a sync without a timer would never run: not ready");
                assertEquals("DOWN", syncs.getString("status"));
                assertEquals(missingBefore + 1, syncs.getJsonObject("data").getInt("missingTimers"));
                assertTrue(syncs.getJsonObject("data").getString("action").contains("no timer"), syncs.toString());
            });
        }
        fixtures.removeSync(sync);
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).until(() ->
                check(health("health/ready").body(), "adsync-syncs").getJsonObject("data")
                        .getInt("missingTimers") == 0);
    }

    @Test
    void prometheusShowsWhatTheSyncsDidAndHowLongAgoEachLastSucceeded() throws Exception {
        String name = FixtureClient.unique("Metered");
        long organization = fixtures.organization(name);
        long sync = fixtures.unreachableLdapSync(organization);
        Awaitility.await().atMost(WAIT).until(() -> fixtures.attempts(sync) == 1);

        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            String metrics = get("prometheus").body();
            assertTrue(value(metrics, "adsync_syncs_started_total", "trigger=\"first\"") >= 1, metrics);
            assertTrue(value(metrics, "adsync_syncs_ended_total", "outcome=\"failed\"", "trigger=\"first\"") >= 1);
            assertTrue(value(metrics, "adsync_sync_duration_seconds_count", "outcome=\"failed\"") >= 1);
            assertTrue(value(metrics, "adsync_directory_errors_total", "directory=\"ldap\"",
                    "kind=\"connect_error\"") >= 1, "the unreachable server is counted by kind");
            assertTrue(value(metrics, "adsync_syncs_enabled") >= 1);
            assertTrue(value(metrics, "adsync_timers") >= 1);
            assertEquals(Double.POSITIVE_INFINITY, value(metrics, "adsync_sync_last_success_age_seconds",
                    "organization=\"" + organization + "\"", "sync=\"" + sync + "\""), "it never succeeded");
            assertFalse(metrics.contains(name), "labels carry the organization's id, not the customer's name");
        });
        fixtures.removeSync(sync);
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(3)).until(() ->
                !get("prometheus").body().contains("sync=\"" + sync + "\""));
    }

    private ApiClient admin() {
        String username = FixtureClient.unique("operator");
        fixtures.user(username, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS,
                Permission.VIEW_ORGANIZATIONS);
        return ApiClient.signedIn(username, PASSWORD);
    }

    /** The sample's value: the first line of that metric with all those labels. */
    private static double value(String metrics, String metric, String... labels) {
        for (String line : metrics.lines().toList()) {
            if (!line.startsWith(metric + "{") && !line.startsWith(metric + " ")) {
                continue;
            }
            if (List.of(labels).stream().allMatch(line::contains)) {
                Matcher sample = Pattern.compile(" (\\S+)$").matcher(line);
                assertTrue(sample.find(), line);
                String number = sample.group(1);
                return number.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(number);
            }
        }
        throw new AssertionError("No " + metric + " with " + List.of(labels) + " in "
                + metrics.lines().filter(line -> line.startsWith("adsync")).toList());
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No check " + name + " in " + health));
    }

    private Health health(String path) throws Exception {
        HttpResponse<String> response = get(path);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return new Health(response.statusCode(), reader.readObject());
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(management.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void cancelTimersOf(ModelControllerClient client, long configuration) throws Exception {
        ModelNode address = Operations.createAddress("deployment", "adsync.ear", "subdeployment", "adsync-ejb.jar",
                "subsystem", "ejb3", "stateless-session-bean", "SyncTimers", "service", "timer-service");
        ModelNode read = Operations.createReadResourceOperation(address, true);
        read.get("include-runtime").set(true);
        ModelNode result = client.execute(read);
        assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
        ModelNode timers = Operations.readResult(result).get("timer");
        for (Property timer : timers.isDefined() ? timers.asPropertyList() : List.<Property>of()) {
            if (timer.getValue().get("info").asString().endsWith("(configuration " + configuration + ")")) {
                ModelNode cancel = Operations.createOperation("cancel", address.clone().add("timer",
                        timer.getName()));
                assertTrue(Operations.isSuccessfulOutcome(client.execute(cancel)));
            }
        }
    }

    private record Health(int status, JsonObject body) {
    }
}
