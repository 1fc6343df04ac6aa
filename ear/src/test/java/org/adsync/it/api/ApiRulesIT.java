package org.adsync.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient.Answer;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's rules over HTTP: who may call it (401, 403, tokens that stop working when revoked), and a clear problem
 * document for every kind of bad request, with nothing half-written and never a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiRulesIT {

    private static final String PASSWORD = "api rules password 2";
    private static final String BIND_PASSWORD = "Rules-Bind-Secret-0815";
    private static final long NO_SUCH_ID = 987_654_321L;

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private final ApiClient anonymous = ApiClient.anonymous();
    private String adminName;
    private ApiClient admin;

    @BeforeEach
    void signIn() {
        adminName = FixtureClient.unique("api-admin");
        fixtures.user(adminName, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        // A token, as scripts should use: a password costs a deliberately slow hash on every call.
        admin = anonymous.withToken(anonymous.withPassword(adminName, PASSWORD)
                .post("tokens", "{\"name\": \"rules test\"}").object().getString("token"));
    }

    @AfterEach
    void noAnswerEverHeldAStackTraceOrTheBindPassword() {
        for (String body : anonymous.bodiesSeen()) {
            assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("org.adsync."), body);
            assertFalse(body.contains(BIND_PASSWORD), body);
        }
    }

    @Test
    void withoutCredentialsTheAnswerIs401WithBothWaysToSignIn() {
        Answer answer = anonymous.get("syncs");

        assertEquals(401, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.headers("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Basic")));
        assertTrue(answer.headers("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Bearer")));
        JsonObject problem = answer.object();
        assertEquals(401, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("Authorization: Bearer"), problem::toString);
        assertFalse(answer.body().contains("j_security_check"), "never the console's login page");
    }

    @Test
    void aWrongPasswordAnUnknownTokenOrAMalformedHeaderIs401() {
        assertEquals(401, anonymous.withPassword(adminName, "wrong").get("syncs").status());
        assertEquals(401, anonymous.withToken("adsync_notAToken").get("syncs").status());
        assertEquals(401, anonymous.withAuthorization("Basic %%%").get("organizations").status());
        assertEquals(401, anonymous.withAuthorization("Negotiate abc").get("organizations").status());
    }

    @Test
    void aUserWithoutConfigureMicrosoftExtensionsGets403EvenWithAToken() {
        String technician = FixtureClient.unique("api-tech");
        fixtures.user(technician, PASSWORD, Permission.VIEW_ORGANIZATIONS);
        ApiClient tech = anonymous.withPassword(technician, PASSWORD);

        Answer syncs = tech.get("syncs");
        Answer tokens = tech.post("tokens", "{\"name\": \"sneaky\"}");

        assertEquals(403, syncs.status());
        assertEquals("application/problem+json", syncs.contentType());
        assertTrue(syncs.object().getString("detail").contains("Admin: configure Microsoft Extensions"));
        assertEquals(403, tech.get("organizations").status());
        assertEquals(403, tokens.status(), "no token can be made to get around the permission");
    }

    @Test
    void aRevokedTokenIsRefusedFromTheNextCallOn() {
        Answer issued = anonymous.withPassword(adminName, PASSWORD).post("tokens", "{\"name\": \"monitoring\"}");
        String token = issued.object().getString("token");
        long tokenId = issued.object().getJsonObject("details").getJsonNumber("id").longValue();
        ApiClient monitoring = anonymous.withToken(token);
        assertEquals(200, monitoring.get("syncs").status());
        assertFalse(admin.get("tokens").body().contains(token), "a listed token never shows its value");

        assertEquals(204, admin.delete("tokens/" + tokenId).status());

        assertEquals(401, monitoring.get("syncs").status());
        assertEquals(404, admin.delete("tokens/" + tokenId).status());
    }

    @Test
    void theOpenApiDescriptionIsServedWithoutSigningIn() {
        Answer document = anonymous.getAnything("openapi.yaml");

        assertEquals(200, document.status());
        assertTrue(document.body().startsWith("openapi: 3.1.0"));
        assertTrue(document.body().contains("/syncs/{id}/force:"));
    }

    @Test
    void malformedJsonIs400WithWhereItBreaksAndSavesNothing() {
        String name = FixtureClient.unique("Malformed");
        long organization = fixtures.organization(name);

        Answer answer = admin.post("syncs", "{\"organizationId\": " + organization + ", \"enabled\": tru");

        assertProblem(answer, 400, "malformed-json");
        assertTrue(answer.object().getString("detail").contains("line 1"), answer::toString);
        assertFalse(hasSync(name));
    }

    @Test
    void aMisspelledOrMistypedPropertyIs400NamingIt() {
        String name = FixtureClient.unique("Typo");
        long organization = fixtures.organization(name);

        Answer misspelled = admin.post("syncs", body(organization, ldap -> ldap.add("bindPasword", "x")));
        Answer mistyped = admin.post("syncs", body(organization, ldap -> ldap.add("port", "six-three-six")));
        Answer yes = admin.post("syncs", changed(body(organization, ldap -> ldap),
                sync -> sync.add("enabled", "yes")));

        assertEquals("ldap.bindPasword", assertProblem(misspelled, 400, "malformed-json").getString("field"));
        assertEquals("ldap.port", assertProblem(mistyped, 400, "malformed-json").getString("field"));
        assertEquals("enabled", assertProblem(yes, 400, "malformed-json").getString("field"));
        assertFalse(hasSync(name));
    }

    @Test
    void anInvalidLdapFilterIs400OnTheFilterBeforeAnythingIsSaved() {
        String name = FixtureClient.unique("Filter");
        long organization = fixtures.organization(name);

        Answer answer = admin.post("syncs", body(organization, ldap -> ldap.add("filter", "(&(objectClass=user)")));

        JsonObject problem = assertProblem(answer, 400, "invalid-request");
        assertEquals("ldap.filter", problem.getString("field"));
        assertTrue(problem.getString("detail").contains("filter"), problem::toString);
        assertFalse(hasSync(name));
    }

    @Test
    void aDisabledWhenFilterIsKeptAndOneThatDoesNotParseIs400OnItsField() {
        String name = FixtureClient.unique("DisabledWhen");
        long organization = fixtures.organization(name);

        Answer invalid = admin.post("syncs", body(organization, ldap -> ldap.add("disabledFilter", "(employeeType=")));
        long id = admin.post("syncs", body(organization, ldap -> ldap.add("disabledFilter", " (employeeType=former) ")))
                .object().getJsonNumber("id").longValue();

        assertEquals("ldap.disabledFilter", assertProblem(invalid, 400, "invalid-request").getString("field"));
        assertEquals("(employeeType=former)", admin.get("syncs/" + id).object().getJsonObject("ldap")
                .getString("disabledFilter"));
    }

    @Test
    void everyMissingOrImpossibleSettingIsNamedInOneAnswer() {
        String name = FixtureClient.unique("Settings");
        long organization = fixtures.organization(name);

        Answer noPassword = admin.post("syncs", body(organization, ldap -> ldap.remove("bindPassword")));
        Answer azure = admin.post("syncs", "{\"organizationId\": " + organization
                + ", \"enabled\": true, \"directoryType\": \"AZURE\"}");
        Answer tooOften = admin.post("syncs", changed(body(organization, ldap -> ldap),
                sync -> sync.add("interval", "PT0S")));
        Answer noHost = admin.post("syncs", body(organization, ldap -> ldap.remove("host").add("pageSize", 5000)));
        Answer noProduct = admin.post("syncs", changed(body(organization, ldap -> ldap),
                sync -> sync.add("billingProductId", NO_SUCH_ID)));

        assertEquals("ldap.bindPassword", assertProblem(noPassword, 400, "invalid-request").getString("field"));
        JsonObject noAzureSettings = assertProblem(azure, 400, "invalid-request");
        assertEquals("azure", noAzureSettings.getString("field"), "an Entra ID sync needs its settings");
        assertTrue(noAzureSettings.getString("detail").contains("tenantId"), noAzureSettings::toString);
        assertEquals("interval", assertProblem(tooOften, 400, "invalid-request").getString("field"));
        JsonObject both = assertProblem(noHost, 400, "invalid-request");
        assertEquals(Set.of("ldap.host", "ldap.pageSize"), both.getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .collect(Collectors.toSet()));
        assertEquals("billingProductId", assertProblem(noProduct, 400, "invalid-request").getString("field"));
        assertFalse(hasSync(name), "a refused sync leaves nothing behind, not even half of it");
    }

    @Test
    void aSecondSyncForTheSameOrganizationIs409AndTheFirstStaysAsItWas() {
        String name = FixtureClient.unique("Twice");
        long organization = fixtures.organization(name);
        long first = admin.post("syncs", body(organization, ldap -> ldap)).object().getJsonNumber("id").longValue();

        Answer second = admin.post("syncs", body(organization, ldap -> ldap.add("host", "other.example")));

        assertEquals("organizationId", assertProblem(second, 409, "sync-exists").getString("field"));
        assertEquals(1, syncsOf(name).size());
        assertEquals("127.0.0.1", admin.get("syncs/" + first).object().getJsonObject("ldap").getString("host"));
    }

    @Test
    void twoScriptsAddingASyncForOneOrganizationAtOnceGetOne201AndOne409() throws Exception {
        String name = FixtureClient.unique("Race");
        long organization = fixtures.organization(name);
        Callable<Integer> add = () -> admin.post("syncs", body(organization, ldap -> ldap)).status();
        ExecutorService scripts = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = scripts.invokeAll(List.of(add, add));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            Collections.sort(statuses);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            scripts.shutdown();
        }
        assertEquals(1, syncsOf(name).size());
    }

    @Test
    void changingTheHostWithoutThePasswordIsRefusedAndTheStoredSettingsStay() {
        long organization = fixtures.organization(FixtureClient.unique("Moved"));
        long id = admin.post("syncs", body(organization, ldap -> ldap)).object().getJsonNumber("id").longValue();

        Answer moved = admin.put("syncs/" + id, body(null, ldap -> ldap.remove("bindPassword")
                .add("host", "attacker.example")));
        Answer renamed = admin.put("syncs/" + id, body(null, ldap -> ldap.remove("bindPassword")
                .add("filter", "(objectClass=person)")));

        assertEquals("ldap.bindPassword", assertProblem(moved, 400, "invalid-request").getString("field"));
        assertEquals(200, renamed.status(), renamed::toString);
        JsonObject stored = admin.get("syncs/" + id).object().getJsonObject("ldap");
        assertEquals("127.0.0.1", stored.getString("host"));
        assertEquals("(objectClass=person)", stored.getString("filter"));
        assertTrue(stored.getBoolean("bindPasswordSet"), "the same host keeps the stored password");
    }

    @Test
    void unknownIdsAre404AndAnUnknownContactIs400OnTheField() {
        long organization = fixtures.organization(FixtureClient.unique("Unknown"));
        long id = admin.post("syncs", body(organization, ldap -> ldap)).object().getJsonNumber("id").longValue();

        assertProblem(admin.get("syncs/" + NO_SUCH_ID), 404, "not-found");
        assertProblem(admin.put("syncs/" + NO_SUCH_ID, body(organization, ldap -> ldap)), 404, "not-found");
        assertProblem(admin.delete("syncs/" + NO_SUCH_ID), 404, "not-found");
        assertProblem(admin.post("syncs/" + NO_SUCH_ID + "/force"), 404, "not-found");
        assertProblem(admin.get("syncs/" + NO_SUCH_ID + "/attempts"), 404, "not-found");
        assertProblem(admin.get("syncs/" + id + "/attempts/" + NO_SUCH_ID), 404, "not-found");
        assertProblem(admin.get("syncs/" + id + "/users/" + NO_SUCH_ID), 404, "not-found");
        assertProblem(admin.put("syncs/" + id + "/users/" + NO_SUCH_ID + "/ignored", "true"), 404, "not-found");
        assertProblem(admin.get("organizations/" + NO_SUCH_ID + "/contacts"), 404, "not-found");
        assertProblem(admin.get("no-such-resource"), 404, "not-found");
        assertProblem(admin.post("syncs", body(NO_SUCH_ID, ldap -> ldap)), 400, "invalid-request");
        assertEquals(400, admin.get("syncs/" + id + "/users?status=HAPPY").status());
    }

    @Test
    void forceSyncOfADisabledSyncRunsOnceAndLeavesItDisabled() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Disabled"));
        long id = admin.post("syncs", body(organization, ldap -> ldap)).object().getJsonNumber("id").longValue();

        Answer forced = admin.post("syncs/" + id + "/force");

        assertEquals(202, forced.status(), forced::toString);
        Polling.awaitFinished(admin, "syncs/" + id + "/attempts/" + forced.object().getJsonNumber("id").longValue());
        JsonObject sync = admin.get("syncs/" + id).object();
        assertFalse(sync.getBoolean("enabled"));
        assertFalse(sync.containsKey("nextSyncAt") && !sync.isNull("nextSyncAt"), "the schedule stays off: " + sync);
    }

    @Test
    void theListFiltersSortsAndPagesInTheDatabaseAndNamesABadParameter() {
        String prefix = FixtureClient.unique("Listed");
        admin.post("syncs", body(fixtures.organization(prefix + " B"), ldap -> ldap));
        admin.post("syncs", changed(body(fixtures.organization(prefix + " A"), ldap -> ldap),
                sync -> sync.add("enabled", true)));
        String filter = "syncs?organization=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);

        JsonObject byName = admin.get(filter + "&sort=organization&order=desc").object();
        JsonObject enabledOnly = admin.get(filter + "&enabled=true").object();
        JsonObject firstPage = admin.get(filter + "&size=1").object();

        assertEquals(2, byName.getInt("total"));
        assertEquals(List.of(prefix + " B", prefix + " A"), byName.getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(row -> row.getJsonObject("organization").getString("name")).toList());
        assertEquals(1, enabledOnly.getInt("total"));
        assertEquals(1, firstPage.getJsonArray("items").size());
        assertEquals(2, firstPage.getInt("total"));
        assertEquals("sort", assertProblem(admin.get(filter + "&sort=happiness"), 400, "invalid-request")
                .getString("field"));
        assertEquals("size", assertProblem(admin.get(filter + "&size=0"), 400, "invalid-request").getString("field"));
        assertEquals("type", assertProblem(admin.get(filter + "&type=NDS"), 400, "invalid-request")
                .getString("field"));
    }

    @Test
    void aWrongMethodOrMediaTypeGetsAProblemDocumentToo() {
        Answer put = admin.put("billing-products", "{}");
        Answer text = admin.post("syncs", "text/plain", "organization=1");

        assertProblem(put, 405, "blank");
        assertTrue(put.header("Allow").orElse("").contains("GET"));
        assertProblem(text, 415, "blank");
    }

    /** A disabled LDAP sync's body (so that no timer syncs), changed by the test; a null organization leaves it out. */
    private static String body(Long organization, UnaryOperator<JsonObjectBuilder> ldapChange) {
        JsonObjectBuilder ldap = Json.createObjectBuilder()
                .add("host", "127.0.0.1")
                .add("port", 1)
                .add("bindDn", "CN=svc,DC=rules,DC=example")
                .add("bindPassword", BIND_PASSWORD)
                .add("baseDn", "DC=rules,DC=example");
        JsonObjectBuilder sync = Json.createObjectBuilder();
        if (organization != null) {
            sync.add("organizationId", organization);
        }
        return sync.add("enabled", false).add("directoryType", "LDAP").add("ldap", ldapChange.apply(ldap))
                .build().toString();
    }

    private static String changed(String json, UnaryOperator<JsonObjectBuilder> change) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return change.apply(Json.createObjectBuilder(reader.readObject())).build().toString();
        }
    }

    private boolean hasSync(String organizationName) {
        return !syncsOf(organizationName).isEmpty();
    }

    /** The list's rows of that organization (its name is unique to the test). */
    private List<JsonObject> syncsOf(String organizationName) {
        Answer rows = admin.get("syncs?organization=" + URLEncoder.encode(organizationName, StandardCharsets.UTF_8));
        assertEquals(200, rows.status(), rows::toString);
        return rows.object().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject assertProblem(Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals("application/problem+json", answer.contentType(), answer::toString);
        JsonObject problem = answer.object();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").endsWith(":" + type), answer::toString);
        assertFalse(problem.getString("detail").isBlank());
        return problem;
    }
}
