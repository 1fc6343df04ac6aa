package org.adsync.it.benchmark;

import org.adsync.demo.directory.EntraLookAlike;
import org.adsync.demo.directory.EntraUser;
import org.adsync.it.ServerUnderTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Serves -Dbenchmark.users (default 100,000) Active Directory users from a generated directory, and as many Entra ID
 * users from the Entra ID look-alike, in this JVM and has the server read and sync them; prints the figures and
 * writes them to target/benchmark-DATABASE.txt and target/benchmark-entra-DATABASE.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SyncBenchmark {

    private static final String BASE_DN = "DC=bench,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String PASSWORD = "Bench-Password-1";

    @Test
    void readAndSyncAHundredThousandUsers() throws Exception {
        int users = Integer.getInteger("benchmark.users", 100_000);
        String database = System.getProperty("arquillian.launch", "server");
        Path keyStore = Path.of("target", "benchmark", "directory.p12");
        try (GeneratedDirectory directory = GeneratedDirectory.start(keyStore, BASE_DN, SERVICE_DN, PASSWORD,
                users)) {
            URI run = ServerUnderTest.consoleUrl().resolve("/adsync-it-benchmark/run?host=127.0.0.1&port="
                    + directory.port() + "&bindDn=" + encode(SERVICE_DN) + "&password=" + encode(PASSWORD)
                    + "&baseDn=" + encode(GeneratedDirectory.PARENT + BASE_DN));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> figures = http.send(HttpRequest.newBuilder(run).timeout(Duration.ofMinutes(30))
                            .POST(HttpRequest.BodyPublishers.ofString(directory.certificatePem())).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, figures.statusCode(), figures.body());
            long configuration = Long.parseLong(figures.body().lines().filter(l -> l.startsWith("configuration: "))
                    .findFirst().orElseThrow().replace("configuration: ", ""));
            directory.changeOnePercent();
            HttpResponse<String> delta = http.send(HttpRequest.newBuilder(ServerUnderTest.consoleUrl().resolve(
                            "/adsync-it-benchmark/run?configuration=" + configuration)).timeout(Duration.ofMinutes(30))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            String report = "adsync sync benchmark, " + users + " users, database " + database + "\n"
                    + figures.body() + delta.body();
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-" + database + ".txt"), report);
            assertEquals(200, figures.statusCode(), figures.body());
            assertTrue(figures.body().contains("preview attempt: SUCCEEDED, " + users + " created"), report);
            assertTrue(figures.body().contains("unchanged preview attempt: SUCCEEDED, 0 updated, 0 created"),
                    report);
            assertTrue(figures.body().contains("first sync attempt: SUCCEEDED, " + users + " created"), report);
            assertTrue(figures.body().contains("re-sync attempt: SUCCEEDED, 0 updated, 0 created"), report);
            assertTrue(figures.body().contains("unchanged delta attempt: SUCCEEDED, 0 read, 0 updated"), report);
            int read = users / 100 + 2 * (users / 1000); // the renamed, disabled and added users in scope
            assertTrue(delta.body().contains("delta attempt: SUCCEEDED, " + read + " read, " + users / 1000
                    + " created, "), report);
            assertTrue(delta.body().contains(3 * (users / 1000) + " deactivated"), "disabled, deleted, moved out: "
                    + report);
        }
    }

    @Test
    void syncAHundredThousandEntraUsers() throws Exception {
        int users = Integer.getInteger("benchmark.users", 100_000);
        String database = System.getProperty("arquillian.launch", "server");
        String tenantId = "6c0f0e6e-0000-4000-8000-00000000beef";
        String clientId = "6c0f0e6e-0000-4000-8000-00000000c11e";
        String secret = "Bench~Entra-Secret-1";
        try (EntraLookAlike tenant = EntraLookAlike.start(Path.of("target", "benchmark", "entra.p12"), tenantId,
                "bench.example", clientId, secret)) {
            tenant.putAll(users, i -> EntraUser.member(String.format("00000000-0000-4000-8000-%012d", i),
                    "Given" + i, "Surname" + i, "bench.example"));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String first = post(http, "/adsync-it-benchmark/run-entra?host=" + encode(tenant.host()) + "&tenant="
                    + tenantId + "&client=" + clientId + "&secret=" + encode(secret), tenant.certificatePem());
            long configuration = Long.parseLong(first.lines().findFirst().orElseThrow().replace("configuration: ", ""));
            tenant.forgetDeltaTokens();
            String full = post(http, "/adsync-it-benchmark/run-entra?configuration=" + configuration, "");

            String report = "adsync Entra ID sync benchmark, " + users + " users, database " + database + "\n"
                    + first + full;
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-entra-" + database + ".txt"), report);
            assertTrue(first.contains("first sync attempt: SUCCEEDED, " + users + " read, " + users + " created"),
                    report);
            assertTrue(first.contains("unchanged re-sync (delta) attempt: SUCCEEDED, 0 read, 0 created, 0 updated"),
                    report);
            assertTrue(full.contains("full unchanged re-sync attempt: SUCCEEDED, " + users + " read, 0 created, "
                    + "0 updated"), report);
        }
    }

    private static String post(HttpClient http, String path, String body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(ServerUnderTest.consoleUrl().resolve(path))
                        .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
