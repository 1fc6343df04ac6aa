package org.adsync.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient.Answer;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.it.schedule.SearchGate;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.adsync.it.api.Polling.awaitFinished;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worked example of docs/api.md, as an MSP's script runs it over HTTP against the deployed EAR: sign in, create an
 * LDAP sync of an organization with an Active Directory look-alike over LDAPS, test it, force a sync, read the
 * conflicts and resolve them; and no answer ever carries the bind password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiWorkedExampleIT {

    private static final String PASSWORD = "api admin password 1";
    private static final String BASE_DN = "DC=api,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Api-Bind-Secret-4711";

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private final SearchGate searches = new SearchGate();
    private LookAlikeDirectory directory;
    private String people;
    private ApiClient api;

    @BeforeEach
    void startDirectoryAndSignIn() throws Exception {
        directory = LookAlikeDirectory.start(Path.of("target", "api-it", "directory.p12"), BASE_DN, 0, SERVICE_DN,
                SERVICE_PASSWORD, searches);
        people = directory.addContainer("People");
        String admin = FixtureClient.unique("api-admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS);
        api = ApiClient.anonymous().withPassword(admin, PASSWORD);
    }

    @AfterEach
    void stopDirectory() {
        directory.close();
    }

    @Test
    void aScriptCreatesAnLdapSyncForcesItReadsTheConflictsAndResolvesThem() throws Exception {
        String organizationName = FixtureClient.unique("Contoso");
        long organization = fixtures.organization(organizationName, "Lovelace", "Hopper", "Turing");
        directory.addUser(ActiveDirectoryUser.named("Ada", "Lovelace", "Lovelace@example.test"), people);
        directory.addUser(ActiveDirectoryUser.named("Grace", "Hopper", "Hopper@example.test"), people);
        directory.addUser(ActiveDirectoryUser.named("Linus", "Newcomer", "linus@example.test"), people);
        directory.addUser(ActiveDirectoryUser.named("Alan", "Turing", "alan@example.test"), people);
        directory.addUser(ActiveDirectoryUser.named("Alan", "Turing-Twin", "alan@example.test"), people);

        Answer issued = api.post("tokens", "{\"name\": \"onboarding script\", \"daysValid\": 1}");
        assertEquals(201, issued.status(), issued::toString);
        String token = issued.object().getString("token");
        assertTrue(token.startsWith("adsync_"), token);
        ApiClient script = api.withToken(token);

        Answer created = script.post("syncs", syncBody(organization, true));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        assertTrue(created.header("Location").orElseThrow().endsWith("/adsync/api/syncs/" + id));
        JsonObject ldap = created.object().getJsonObject("ldap");
        assertTrue(ldap.getBoolean("bindPasswordSet"));
        assertFalse(ldap.containsKey("bindPassword"), "the password is write-only");

        Answer test = script.post("syncs/" + id + "/test");
        assertEquals(200, test.status(), test::toString);
        assertTrue(test.object().getBoolean("succeeded"), test::toString);
        assertEquals(List.of("Connect", "TLS (LDAPS)", "Bind", "Users in scope"), test.object().getJsonArray("steps")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList());

        JsonObject first = awaitAttempt(script, "syncs/" + id + "/attempts", a -> a.size() > 0
                && !"RUNNING".equals(a.getJsonObject(0).getString("outcome"))).getJsonObject(0);
        assertEquals("FIRST", first.getString("trigger"), "enabling ran the first sync at once");

        Answer forced = script.post("syncs/" + id + "/force");
        assertEquals(202, forced.status(), forced::toString);
        String attemptUrl = forced.header("Location").orElseThrow();
        long attemptId = forced.object().getJsonNumber("id").longValue();
        assertTrue(attemptUrl.endsWith("/adsync/api/syncs/" + id + "/attempts/" + attemptId), attemptUrl);
        JsonObject attempt = awaitFinished(script, "syncs/" + id + "/attempts/" + attemptId);
        assertEquals("FORCED", attempt.getString("trigger"));
        assertEquals("SUCCEEDED", attempt.getString("outcome"), attempt::toString);
        assertEquals(5, attempt.getInt("read"));
        assertEquals(2, attempt.getInt("conflicts"));

        JsonObject sync = script.get("syncs/" + id).object();
        assertEquals(3, sync.getInt("syncedUsers"), "Ada and Grace by email, Linus as a new contact");
        assertEquals(2, sync.getInt("conflicts"), "the two users sharing alan@example.test");
        assertEquals("OK", sync.getJsonObject("ssl").getString("status"));
        assertEquals(attemptId, sync.getJsonObject("lastSync").getJsonNumber("id").longValue());
        assertEquals(2, sync.getJsonArray("lastAttempts").size());

        JsonObject conflicts = script.get("syncs/" + id + "/users?status=CONFLICT").object();
        assertEquals(2, conflicts.getInt("total"));
        List<JsonObject> conflicted = conflicts.getJsonArray("items").getValuesAs(JsonObject.class);
        conflicted.forEach(u -> assertTrue(u.getString("stateReason").contains("alan@example.test"), u::toString));

        JsonObject turing = script.get("organizations/" + organization + "/contacts?search=Turing").object()
                .getJsonArray("items").getJsonObject(0);
        long turingContact = turing.getJsonNumber("id").longValue();
        long alan = userNamed(conflicted, "Turing");
        long twin = userNamed(conflicted, "Turing-Twin");

        Answer mapped = script.put("syncs/" + id + "/users/" + alan + "/mapping",
                "{\"contactId\": " + turingContact + "}");
        assertEquals(200, mapped.status(), mapped::toString);
        assertEquals("SYNCED", mapped.object().getString("state"));
        assertTrue(mapped.object().getBoolean("manuallyMapped"));
        Answer ignored = script.put("syncs/" + id + "/users/" + twin + "/ignored", "true");
        assertEquals("IGNORED", ignored.object().getString("state"), ignored::toString);

        JsonObject resolved = script.get("syncs/" + id).object();
        assertEquals(0, resolved.getInt("conflicts"));
        assertEquals(4, resolved.getInt("syncedUsers"));
        JsonObject row = script.get("syncs?sort=conflicts&order=desc&organization="
                + URLEncoder.encode(organizationName, StandardCharsets.UTF_8)).object().getJsonArray("items")
                .getJsonObject(0);
        assertEquals(id, row.getJsonNumber("id").longValue());
        assertEquals(0, row.getInt("conflicts"), "the list page's row shows the conflicts resolved");
        assertEquals(4, row.getInt("syncedUsers"));

        Answer unmapped = script.delete("syncs/" + id + "/users/" + alan + "/mapping");
        assertEquals("UNMAPPED", unmapped.object().getString("state"), unmapped::toString);

        assertEquals(204, script.delete("syncs/" + id).status());
        assertEquals(404, script.get("syncs/" + id).status());

        List<String> bodies = api.bodiesSeen();
        bodies.forEach(body -> assertFalse(body.contains(SERVICE_PASSWORD), "no answer holds the bind password"));
        assertEquals(1, bodies.stream().filter(body -> body.contains(token)).count(),
                "the token appears in the answer that created it and nowhere else");
    }

    @Test
    void forceSyncWhileTheOrganizationsSyncRunsIsRefusedWith409AndWhenItStarted() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Fabrikam"));
        directory.addUser(ActiveDirectoryUser.named("Ada", "Lovelace", "ada@example.test"), people);
        searches.close();

        long id = api.post("syncs", syncBody(organization, true)).object().getJsonNumber("id").longValue();
        JsonObject running = awaitAttempt(api, "syncs/" + id + "/attempts", a -> a.size() > 0
                && "RUNNING".equals(a.getJsonObject(0).getString("outcome"))).getJsonObject(0);

        Answer refused = api.post("syncs/" + id + "/force");
        searches.open();

        assertEquals(409, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        JsonObject problem = refused.object();
        assertTrue(problem.getString("detail").contains("is already running"), problem::toString);
        Instant since = Instant.parse(problem.getString("runningSince"));
        Instant started = Instant.parse(running.getString("startedAt"));
        assertTrue(Duration.between(started, since).abs().toSeconds() < 5, since + " vs " + started);
        awaitFinished(api, "syncs/" + id + "/attempts/" + running.getJsonNumber("id").longValue());
        assertEquals(1, api.get("syncs/" + id + "/attempts").array().size(), "the refused force started nothing");
    }

    private String syncBody(long organization, boolean enabled) throws Exception {
        return Json.createObjectBuilder()
                .add("organizationId", organization)
                .add("enabled", enabled)
                .add("directoryType", "LDAP")
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

    private static long userNamed(List<JsonObject> users, String lastName) {
        return users.stream().filter(u -> lastName.equals(u.getString("lastName"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static JsonArray awaitAttempt(ApiClient client, String path, Predicate<JsonArray> condition)
            throws InterruptedException {
        return Polling.await(() -> client.get(path).array(), condition);
    }
}
