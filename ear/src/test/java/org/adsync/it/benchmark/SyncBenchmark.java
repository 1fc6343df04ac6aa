package org.adsync.it.benchmark;

import org.adsync.it.AdsyncDeployment;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.fixture.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
 * Serves -Dbenchmark.users (default 100,000) Active Directory users from a generated directory in this JVM and has
 * the server read and sync them; prints the figures and writes them to target/benchmark-DATABASE.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SyncBenchmark {

    private static final String BASE_DN = "DC=bench,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String PASSWORD = "Bench-Password-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        WebArchive benchmark = ShrinkWrap.create(WebArchive.class, "adsync-it-benchmark.war")
                .addClasses(BenchmarkServlet.class, Fixtures.class);
        return AdsyncDeployment.withExtraWebModule(benchmark, "adsync-it-benchmark");
    }

    @Test
    void readAndSyncAHundredThousandUsers() throws Exception {
        int users = Integer.getInteger("benchmark.users", 100_000);
        String database = System.getProperty("arquillian.launch", "server");
        Path keyStore = Path.of("target", "benchmark", "directory.p12");
        try (GeneratedDirectory directory = GeneratedDirectory.start(keyStore, BASE_DN, SERVICE_DN, PASSWORD,
                users)) {
            URI run = ServerUnderTest.consoleUrl().resolve("/adsync-it-benchmark/run?host=127.0.0.1&port="
                    + directory.port() + "&bindDn=" + encode(SERVICE_DN) + "&password=" + encode(PASSWORD)
                    + "&baseDn=" + encode(BASE_DN));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> figures = http.send(HttpRequest.newBuilder(run).timeout(Duration.ofMinutes(30))
                            .POST(HttpRequest.BodyPublishers.ofString(directory.certificatePem())).build(),
                    HttpResponse.BodyHandlers.ofString());

            String report = "adsync sync benchmark, " + users + " users, database " + database + "\n"
                    + figures.body();
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-" + database + ".txt"), report);
            assertEquals(200, figures.statusCode(), figures.body());
            assertTrue(figures.body().contains("first sync attempt: SUCCEEDED, " + users + " created"), report);
            assertTrue(figures.body().contains("re-sync attempt: SUCCEEDED, 0 updated, 0 created"), report);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
