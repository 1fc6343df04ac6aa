package org.adsync.it.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Imports -Dbenchmark.organizations (default 10,000) organizations from one CSV through the API, as an MSP moving
 * its customer list in would: times the preview, the import, and a second import of the same file (everything
 * skipped); prints the figures and writes them to target/benchmark-import-DATABASE.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationImportBenchmark {

    private static final String PASSWORD = "Import-Bench-Password-1";

    @Test
    void importTenThousandOrganizations() throws Exception {
        int count = Integer.getInteger("benchmark.organizations", 10_000);
        String database = System.getProperty("arquillian.launch", "server");
        String admin = FixtureClient.unique("import-bench");
        new FixtureClient(ServerUnderTest.consoleUrl())
                .user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        String run = FixtureClient.unique("Bench");
        String csv = "name,external id\r\n" + IntStream.range(0, count)
                .mapToObj(i -> run + " customer " + i + ",crm-" + i).collect(Collectors.joining("\r\n"));
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString((admin + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        Timed preview = post(http, basic, "organizations/import?preview=true", csv);
        Timed imported = post(http, basic, "organizations/import", csv);
        Timed again = post(http, basic, "organizations/import", csv);

        String report = String.format("adsync organization import benchmark, %,d rows (%,d KiB of CSV), database %s%n"
                        + "preview: %,d ms, %,d to create%nimport: %,d ms, %,d created%n"
                        + "same file again: %,d ms, %,d skipped%n", count, csv.length() / 1024, database,
                preview.millis(), preview.answer().getJsonArray("created").size(), imported.millis(),
                imported.answer().getJsonArray("created").size(), again.millis(),
                again.answer().getJsonArray("skipped").size());
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-import-" + database + ".txt"), report);
        assertEquals(count, imported.answer().getJsonArray("created").size(), report);
        assertEquals(count, again.answer().getJsonArray("skipped").size(), report);
    }

    private static Timed post(HttpClient http, String authorization, String path, String csv) throws Exception {
        URI uri = ServerUnderTest.consoleUrl().resolve("api/" + path);
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return new Timed(millis, reader.readObject());
        }
    }

    private record Timed(long millis, JsonObject answer) {
    }
}
