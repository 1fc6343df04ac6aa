package org.adsync.it.benchmark;

import jakarta.json.Json;
import org.adsync.demo.directory.EntraLookAlike;
import org.adsync.demo.directory.EntraUser;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.api.ApiClient.Answer;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.awaitility.Awaitility;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A client portal resolving its signed-in users' contacts: -Dbenchmark.identities (default 10,000) Entra users are
 * synced, then 4 clients look up random ones through GET /api/identities/contact with an API token, half by tenant
 * and object ID, half by UPN: -Dbenchmark.lookups in all (default 20,000) over HTTP/1.1 with keep-alive, as many over
 * HTTP/2, in 3 rounds, after 6,000 to warm up (the server's code compiled). Prints lookups per second and the
 * latencies; writes them to target/benchmark-identities-DATABASE.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityLookupBenchmark {

    private static final String PASSWORD = "Identity-Bench-Password-1";
    private static final String TENANT = "0b5e9d2c-7a41-4f3e-8d6c-5b4a3c2d1e0f";
    private static final String CLIENT = "6c5d4e3f-2a1b-4c9d-8e7f-6a5b4c3d2e1f";
    private static final String SECRET = "Bench~identity-secret";
    private static final int CLIENTS = 4;
    private static final int ROUNDS = 3;

    @Test
    void resolveSignedInUsersContacts() throws Exception {
        int users = Integer.getInteger("benchmark.identities", 10_000);
        int lookups = Integer.getInteger("benchmark.lookups", 20_000);
        String database = System.getProperty("arquillian.launch", "server");
        try (EntraLookAlike tenant = EntraLookAlike.start(Path.of("target", "identity-bench", "tenant.p12"), TENANT,
                "portal.example", CLIENT, SECRET)) {
            tenant.putAll(users, i -> EntraUser.member(id(i), "Person" + i, "Portal" + i, "portal.example"));
            String token = syncAndToken(tenant);

            measure(client(HttpClient.Version.HTTP_1_1), token, users, 6000, HttpClient.Version.HTTP_1_1); // warm-up
            StringBuilder report = new StringBuilder(String.format("adsync identity lookup benchmark, %,d synced "
                    + "Entra users, database %s%n", users, database));
            for (int round = 1; round <= ROUNDS; round++) { // the machine is shared: several rounds show the spread
                for (HttpClient.Version version : HttpClient.Version.values()) {
                    report.append("round ").append(round).append(", ")
                            .append(measure(client(version), token, users, lookups, version));
                }
            }
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-identities-" + database + ".txt"), report.toString());
        }
    }

    private static HttpClient client(HttpClient.Version version) {
        return HttpClient.newBuilder().version(version).executor(Executors.newFixedThreadPool(CLIENTS)).build();
    }

    /** {@code lookups} lookups by {@value #CLIENTS} clients at once: the throughput and latencies. */
    private static String measure(HttpClient http, String token, int users, int lookups, HttpClient.Version version)
            throws Exception {
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> parts = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            parts.add(clients.submit(() -> lookUp(http, token, users, lookups / CLIENTS)));
        }
        long[] all = new long[0];
        for (Future<long[]> part : parts) {
            long[] nanos = part.get();
            long[] joined = Arrays.copyOf(all, all.length + nanos.length);
            System.arraycopy(nanos, 0, joined, all.length, nanos.length);
            all = joined;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        Arrays.sort(all);
        return String.format("%s: %,d lookups by %d clients in %.1f s: %,.0f lookups/s; latency median %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms%n", version, all.length, CLIENTS, seconds, all.length / seconds,
                all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6);
    }

    private static String syncAndToken(EntraLookAlike tenant) throws Exception {
        FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
        String admin = FixtureClient.unique("identity-bench").replace(' ', '-');
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS,
                Permission.RESOLVE_SSO_IDENTITIES);
        ApiClient api = ApiClient.signedIn(admin, PASSWORD);
        long organization = fixtures.organization(FixtureClient.unique("Portal Customer"));
        Answer created = api.post("syncs", Json.createObjectBuilder()
                .add("organizationId", organization).add("enabled", true).add("directoryType", "AZURE")
                .add("azure", Json.createObjectBuilder().add("tenantId", TENANT).add("clientId", CLIENT)
                        .add("clientSecret", SECRET).add("cloud", "CUSTOM").add("loginHost", tenant.host())
                        .add("graphHost", tenant.host()).add("trustedCertificatesPem", tenant.certificatePem()))
                .add("interval", "PT12H").build().toString());
        assertEquals(201, created.status(), created::toString);
        long sync = created.object().getJsonNumber("id").longValue();
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            var attempts = api.get("syncs/" + sync + "/attempts").array();
            return !attempts.isEmpty() && attempts.getJsonObject(0).getString("outcome").equals("SUCCEEDED");
        });
        return api.post("tokens", "{\"name\": \"portal benchmark\"}").object().getString("token");
    }

    /** That many lookups of random users; answers each one's time in nanoseconds. */
    private static long[] lookUp(HttpClient http, String token, int users, int count) throws Exception {
        long[] nanos = new long[count];
        for (int n = 0; n < count; n++) {
            int i = ThreadLocalRandom.current().nextInt(users);
            String query = n % 2 == 0 ? "tenant=" + TENANT + "&objectId=" + id(i)
                    : "upn=" + URLEncoder.encode("person" + i + ".portal" + i + "@portal.example",
                    StandardCharsets.UTF_8);
            URI uri = ServerUnderTest.consoleUrl().resolve("api/identities/contact?" + query);
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header("Authorization",
                    "Bearer " + token).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            nanos[n] = System.nanoTime() - start;
            assertEquals(200, answer.statusCode(), answer.body());
        }
        return nanos;
    }

    private static String id(int i) {
        return new UUID(0xbe0c_0000_0000_4000L, 0x8000_0000_0000_0000L | i).toString();
    }
}
