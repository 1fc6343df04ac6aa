package org.adsync.it.benchmark;

import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.console.ConsoleSession;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 10,000 organizations with a sync each (-Dbenchmark.organizations=N; on H2, whose server keeps timers in WildFly's
 * file store, 1,000: -Dbenchmark.organizations.file-store=N): the timer check at startup, one timer
 * moved, cancelled and created at that size, the AD Sync list page and GET /api/syncs sorted by Conflicts and by
 * Last Sync (the first request, then the median of ten), and the server's heap. Prints the figures and writes them
 * to target/benchmark-schedule-DATABASE.txt; asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleScaleBenchmark {

    private static final String PASSWORD = "scale-admin-password";
    private static final int WARM_RUNS = 10;

    private final List<String> figures = new ArrayList<>();

    @Test
    void tenThousandOrganizations() throws Exception {
        // WildFly's file timer store (the embedded H2 set-up's) reads every timer's file again at each timer
        // created or listed: thousands of organizations need the database timer store, as production has
        boolean fileStore = "it-h2".equals(System.getProperty("arquillian.launch"));
        int count = fileStore ? Integer.getInteger("benchmark.organizations.file-store", 1_000)
                : Integer.getInteger("benchmark.organizations", 10_000);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI scale = ServerUnderTest.consoleUrl().resolve("/adsync-it-benchmark/schedule-scale");
        figures.add(post(http, URI.create(scale + "?count=" + count)).strip());

        String admin = FixtureClient.unique("scale-admin").replace(' ', '-');
        new FixtureClient(ServerUnderTest.consoleUrl()).user(admin, PASSWORD, Permission.values());
        ApiClient api = ApiClient.signedIn(admin, PASSWORD);
        ConsoleSession browser = new ConsoleSession(ServerUnderTest.consoleUrl());
        browser.signIn("admin/ad-sync.xhtml", admin, PASSWORD);
        for (String sort : List.of("conflicts", "lastSyncAt")) {
            time("GET /api/syncs?sort=" + sort + "&order=desc (50 of " + count + ")",
                    () -> api.get("syncs?sort=" + sort + "&order=desc&size=50").status());
            time("AD Sync list page sorted by " + sort + " (25 rows)",
                    () -> browser.get("admin/ad-sync.xhtml?sort=" + sort + "&order=desc").statusCode());
        }
        figures.add(post(http, URI.create(scale + "?remove=true")).strip());

        String report = "adsync at scale: " + count + " organizations with a sync, database "
                + System.getProperty("arquillian.launch", "server") + (fileStore ? " (file timer store)"
                : " (database timer store)") + "\n" + String.join("\n", figures) + "\n";
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-schedule-" + System.getProperty("arquillian.launch",
                "server") + ".txt"), report);
    }

    /** The first request, then the median of {@value #WARM_RUNS}; each must answer 200. */
    private void time(String what, IntSupplier request) {
        long first = elapsed(request);
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(elapsed(request));
        }
        warm.sort(null);
        figures.add(String.format("%s: first %d ms, median %d ms", what, first, warm.get(WARM_RUNS / 2)));
    }

    private static long elapsed(IntSupplier request) {
        long start = System.nanoTime();
        assertEquals(200, request.getAsInt());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String post(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }
}
