package org.adsync.it.install;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.api.ApiClient;
import org.adsync.it.api.ApiClient.Answer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production set-up of docs/operations.md, done as an operator does it, on a pristine copy of WildFly's standalone
 * server and a fresh PostgreSQL schema: start WildFly with the database and the first administrator in its environment,
 * run wildfly-config/install.sh, add an organization, a billing product and a second console user through the API, sync
 * an LDAPS directory and see the contacts; restart and find it all again; run the script again (nothing changes) and
 * uninstall it (the server's configuration is as before).
 */
class ProductionInstallIT {

    private static final int PORT_OFFSET = 300;
    private static final String SCHEMA = "adsync_install_it";
    private static final String ADMIN = "installer";
    private static final String ADMIN_PASSWORD = "first admin password 1";
    private static final String BASE_DN = "DC=install,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Install-Bind-Secret-1";

    private final Path jbossHome = Path.of(System.getProperty("jboss.home"));
    private final Path work = Path.of("target", "install-it").toAbsolutePath();
    private final Path baseDir = work.resolve("standalone");
    private final URI console = URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/adsync/");
    private final String controller = "127.0.0.1:" + (9990 + PORT_OFFSET);

    private String managementGet(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + controller + "/" + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void theReadmesInstallationWorksOnAPristineServerSurvivesARestartAndUninstalls() throws Exception {
        assertGuideNamesTheScript();
        freshSchema();
        copyPristineServer();
        try (WildFly server = WildFly.start(jbossHome, baseDir, PORT_OFFSET, serverEnvironment());
             LookAlikeDirectory directory = LookAlikeDirectory.start(work.resolve("directory.p12"), BASE_DN, 0,
                     SERVICE_DN, SERVICE_PASSWORD)) {
            String installed = installScript("install");
            assertTrue(installed.contains("security domain: applied"), installed);
            assertTrue(installed.contains("adsync is installed and answers"), installed);
            assertTrue(installed.contains("health checks: applied") && installed.contains("metrics: applied"),
                    installed);
            String ready = managementGet("health/ready");
            assertTrue(ready.contains("\"name\":\"adsync-database\",\"status\":\"UP\""), ready);
            assertTrue(managementGet("prometheus").contains("adsync_syncs_enabled"), "the Prometheus endpoint");
            assertTrue(installed.contains("public port for adsync only: applied"), installed);
            for (String path : List.of("/", "/console")) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        console.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, answer.statusCode(), path + " on the public port: no welcome page, no "
                        + "redirect to the management console: " + answer.headers().map());
            }

            String people = directory.addContainer("People");
            directory.addUser(ActiveDirectoryUser.named("Ada", "Lovelace", "ada@install.example"), people);
            directory.addUser(ActiveDirectoryUser.named("Grace", "Hopper", "grace@install.example"), people);
            ApiClient admin = signedIn(ADMIN, ADMIN_PASSWORD);
            long organization = created(admin.post("organizations", "{\"name\": \"Contoso\"}")).getJsonNumber("id")
                    .longValue();
            long product = created(admin.post("billing-products", "{\"name\": \"Per contact\", "
                    + "\"defaultForNewSyncs\": true}")).getJsonNumber("id").longValue();
            long administrators = admin.get("security-levels").array().getValuesAs(JsonObject.class).stream()
                    .filter(level -> level.getString("name").equals("Administrator")).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            created(admin.post("users", "{\"username\": \"second\", \"securityLevelId\": " + administrators
                    + ", \"password\": \"second admin walks the heron\"}"));
            ApiClient second = signedIn("second", "second admin walks the heron");
            long sync = created(second.post("syncs", syncBody(directory, organization, product)))
                    .getJsonNumber("id").longValue();
            // the contacts commit batch by batch, before the attempt records its end
            Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> !second.get("syncs/" + sync + "/attempts")
                    .array().getJsonObject(0).getString("outcome").equals("RUNNING"));
            assertEquals("SUCCEEDED", second.get("syncs/" + sync + "/attempts").array().getJsonObject(0)
                    .getString("outcome"));
            assertEquals(2, contactsOf(second, organization).size());

            server.restart();
            assertEquals(List.of("Hopper", "Lovelace"), contactsOf(second, organization), "the token, the "
                    + "organization, the sync and its contacts are all still there");
            assertEquals(2, second.get("users").array().size(), "the two console users");

            String again = installScript("install");
            assertTrue(again.contains("nothing changed"), again);

            String uninstalled = installScript("uninstall");
            assertTrue(uninstalled.contains("adsync is uninstalled"), uninstalled);
            for (String resource : List.of("/deployment=adsync.ear", "/deployment=postgresql.jar",
                    "/subsystem=datasources/data-source=AdsyncDS", "/subsystem=logging/logger=org.adsync",
                    "/subsystem=undertow/application-security-domain=adsync",
                    "/subsystem=ejb3/service=timer-service/database-data-store=adsync-timer-store",
                    "/system-property=adsync.secret.key.file", "/subsystem=microprofile-health-smallrye",
                    "/subsystem=micrometer", "/system-property=adsync.public-port.closed")) {
                assertFalse(cli(resource + ":read-resource").contains("\"outcome\" => \"success\""),
                        resource + " is gone");
            }
        }
    }

    /** The operations guide tells operators to run this script: the test runs what the guide says. */
    private static void assertGuideNamesTheScript() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "operations.md"));
        String production = guide.substring(guide.indexOf("## Production set-up"));
        assertTrue(production.contains("wildfly-config/install.sh"), "the guide's production set-up runs the script");
        for (String variable : List.of("JBOSS_HOME", "ADSYNC_POSTGRESQL_DRIVER", "ADSYNC_DB_URL",
                "ADSYNC_ADMIN_USERNAME", "install.sh uninstall")) {
            assertTrue(production.contains(variable), "the guide's production set-up names " + variable);
        }
    }

    private Map<String, String> serverEnvironment() {
        return Map.of("ADSYNC_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA,
                "ADSYNC_DB_USER", "postgres", "ADSYNC_DB_PASSWORD", "ignored-by-trust-auth",
                "ADSYNC_ADMIN_USERNAME", ADMIN, "ADSYNC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }

    private String installScript(String command) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder(Path.of("..", "wildfly-config", "install.sh").toAbsolutePath()
                .toString(), command).redirectErrorStream(true);
        script.environment().putAll(Map.of("JBOSS_HOME", jbossHome.toString(),
                "ADSYNC_POSTGRESQL_DRIVER", Path.of("target", "drivers", "postgresql.jar").toAbsolutePath().toString(),
                "ADSYNC_EAR", Path.of("target", "adsync.ear").toAbsolutePath().toString(),
                "ADSYNC_CONTROLLER", controller, "ADSYNC_URL", console.toString()));
        return Processes.run(script, Duration.ofMinutes(5));
    }

    private String cli(String command) throws IOException, InterruptedException {
        return Processes.output(new ProcessBuilder(jbossHome.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=" + controller, "--command=" + command).redirectErrorStream(true),
                Duration.ofMinutes(1));
    }

    private static void freshSchema() throws IOException, InterruptedException {
        Processes.run(new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-v",
                "ON_ERROR_STOP=1", "-c", "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE; CREATE SCHEMA " + SCHEMA + ";")
                .redirectErrorStream(true), Duration.ofMinutes(1));
    }

    private void copyPristineServer() throws IOException {
        Processes.deleteTree(work);
        Processes.copyTree(jbossHome.resolve("standalone"), baseDir);
    }

    private ApiClient signedIn(String username, String password) {
        ApiClient anonymous = ApiClient.anonymous(console.resolve("api/"));
        Answer token = anonymous.withPassword(username, password).post("tokens", "{\"name\": \"install test\"}");
        return anonymous.withToken(created(token).getString("token"));
    }

    private static JsonObject created(Answer answer) {
        assertEquals(201, answer.status(), answer::toString);
        return answer.object();
    }

    private static List<String> contactsOf(ApiClient api, long organization) {
        return api.get("organizations/" + organization + "/contacts").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(contact -> contact.getString("lastName")).sorted()
                .toList();
    }

    private static String syncBody(LookAlikeDirectory directory, long organization, long product) throws Exception {
        return Json.createObjectBuilder()
                .add("organizationId", organization)
                .add("enabled", true)
                .add("directoryType", "LDAP")
                .add("billingProductId", product)
                .add("ldap", Json.createObjectBuilder()
                        .add("host", "127.0.0.1")
                        .add("port", directory.port())
                        .add("transport", "LDAPS")
                        .add("bindDn", SERVICE_DN)
                        .add("bindPassword", SERVICE_PASSWORD)
                        .add("baseDn", BASE_DN)
                        .add("trustedCertificatesPem", directory.certificatePem()))
                .add("interval", "PT12H")
                .build().toString();
    }
}
