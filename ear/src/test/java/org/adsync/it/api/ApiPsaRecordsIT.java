package org.adsync.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.adsync.it.DatabaseSensitive;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient.Answer;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real installation has no demo: its organizations and billing products are added, renamed, deactivated and
 * imported through the API, with names unique whatever their case and nothing deactivated that a sync relies on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseSensitive
class ApiPsaRecordsIT {

    private static final String PASSWORD = "psa records password 3";

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private ApiClient admin;

    @BeforeEach
    void signIn() {
        String name = FixtureClient.unique("psa-admin");
        fixtures.user(name, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        admin = ApiClient.signedIn(name, PASSWORD);
    }

    @Test
    void anOrganizationIsAddedRenamedDeactivatedAndReactivatedAndItsNameIsUniqueWhateverItsCase() {
        String name = FixtureClient.unique("Contoso");

        Answer added = admin.post("organizations", "{\"name\": \"  " + name + " \", \"externalId\": \"CRM-17\"}");
        Answer twice = admin.post("organizations", "{\"name\": \"" + name.toUpperCase() + "\"}");
        Answer blank = admin.post("organizations", "{\"name\": \" \"}");

        assertEquals(201, added.status(), added::toString);
        long id = added.object().getJsonNumber("id").longValue();
        assertEquals("/adsync/api/organizations/" + id, added.header("Location").orElseThrow());
        assertEquals(name, added.object().getString("name"), "trimmed");
        assertEquals("CRM-17", added.object().getString("externalId"));
        assertTrue(added.object().getBoolean("active"));
        assertEquals("name", problem(twice, 400, "invalid-request").getString("field"));
        assertEquals("name", problem(blank, 400, "invalid-request").getString("field"));

        Answer renamed = admin.put("organizations/" + id, "{\"name\": \"" + name + " Ltd\"}");
        assertEquals(name + " Ltd", renamed.object().getString("name"));
        assertFalse(renamed.object().containsKey("externalId") && !renamed.object().isNull("externalId"),
                "an external id left out of the update is removed");

        assertEquals(204, admin.delete("organizations/" + id).status());
        assertFalse(admin.get("organizations/" + id).object().getBoolean("active"));
        assertEquals("organizationId", problem(admin.post("syncs", "{\"organizationId\": " + id + ", \"enabled\": "
                + "false, \"directoryType\": \"LDAP\", \"ldap\": {\"host\": \"127.0.0.1\", \"port\": 1, \"bindDn\": "
                + "\"CN=svc,DC=psa,DC=example\", \"bindPassword\": \"Psa-Bind-Secret-1\", \"baseDn\": "
                + "\"DC=psa,DC=example\"}}"), 400, "invalid-request").getString("field"),
                "a deactivated organization gets no AD Sync");
        assertTrue(admin.post("organizations/" + id + "/reactivate").object().getBoolean("active"));
        assertEquals(404, admin.delete("organizations/987654321").status());
    }

    @Test
    void namesThatReadAsAnotherAreRefusedAndLookAlikesAreTheSameName() throws Exception {
        String name = FixtureClient.unique("Lookalike");
        assertEquals(201, admin.post("organizations", "{\"name\": \"" + name + " Ltd\"}").status());

        for (String lookalike : List.of(name.toUpperCase(Locale.ROOT) + " LTD", name + "\u00A0Ltd",
                name + "   Ltd", fullwidth(name) + " Ltd")) {
            JsonObject taken = problem(admin.post("organizations", Json.createObjectBuilder().add("name", lookalike)
                    .build().toString()), 400, "invalid-request");
            assertEquals("name", taken.getString("field"), lookalike);
            assertTrue(taken.getString("detail").contains("exists already"), taken::toString);
        }
        for (String confusing : List.of("\u202Eadmin " + name, name + "\u200B", name + "\u0007")) {
            JsonObject refused = problem(admin.post("organizations", Json.createObjectBuilder().add("name", confusing)
                    .build().toString()), 400, "invalid-request");
            assertEquals("name", refused.getString("field"), confusing);
        }
        byte[] notUtf8 = ("{\"name\": \"" + name + " Caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);
        JsonObject malformed = problem(admin.postBytes("organizations", "application/json", notUtf8), 400,
                "invalid-request");
        assertTrue(malformed.getString("detail").contains("not UTF-8"), malformed::toString);
        assertEquals(name + " Caf\u00e9 (NFC)", admin.post("organizations", Json.createObjectBuilder()
                .add("name", name + " Cafe\u0301 (NFC)").build().toString()).object().getString("name"),
                "stored composed");
    }

    @Test
    void twoImportsOfTheSameNewNameAtTheSameInstantCreateItOnce() throws Exception {
        String name = FixtureClient.unique("Raced");
        String csv = "name\n" + name + "\n";
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Answer>> imports = two.invokeAll(List.of(
                    () -> admin.post("organizations/import", "text/csv", csv),
                    () -> admin.post("organizations/import", "text/csv", csv.toUpperCase(Locale.ROOT))));
            for (Future<Answer> answer : imports) {
                assertTrue(answer.get().status() == 200 || answer.get().status() == 400, answer.get()::toString);
            }
        } finally {
            two.shutdown();
        }
        assertEquals(1, admin.get("organizations").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equalsIgnoreCase(name)).count(), "one of the two won");
    }

    private static String fullwidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.appendCodePoint(c >= '!' && c <= '~' ? c + 0xFEE0 : c));
        return wide.toString();
    }

    @Test
    void anOrganizationWithAnEnabledSyncStaysActiveUntilTheSyncIsRemoved() {
        String name = FixtureClient.unique("Synced");
        long organization = fixtures.organization(name);
        long sync = fixtures.unreachableLdapSync(organization);

        JsonObject refused = problem(admin.delete("organizations/" + organization), 409, "in-use");

        assertTrue(refused.getString("detail").contains("enabled AD Sync"), refused::toString);
        assertTrue(admin.get("organizations/" + organization).object().getBoolean("active"));
        // the sync's first run starts at once (and fails: nothing listens); a running sync is not removed
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> fixtures.removeSync(sync));
        assertEquals(204, admin.delete("organizations/" + organization).status());
    }

    @Test
    void anImportIsPreviewedWithoutWritingAndThenCreatesWhatThePreviewSaid() {
        String existing = FixtureClient.unique("Existing");
        fixtures.organization(existing);
        String first = FixtureClient.unique("Imported A");
        String second = FixtureClient.unique("Imported B");
        String csv = "name;external id\r\n" + first + ";ext-1\r\n;ext-2\r\n" + existing.toLowerCase() + ";\r\n"
                + "\"" + second + "\";ext-3\r\n" + first + ";ext-4\r\n";

        JsonObject preview = admin.post("organizations/import?preview=true", "text/csv", csv).object();

        assertFalse(preview.getBoolean("written"));
        assertEquals(List.of(first, second), names(preview));
        assertEquals(List.of(3, 4, 6), preview.getJsonArray("skipped").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getInt("line")).toList());
        assertFalse(organizationNames().contains(first), "a preview writes nothing");

        JsonObject imported = admin.post("organizations/import", "text/csv", csv).object();
        JsonObject again = admin.post("organizations/import", "text/csv", csv).object();

        assertTrue(imported.getBoolean("written"));
        assertEquals(names(preview), names(imported), "the import does what its preview said");
        assertTrue(organizationNames().containsAll(List.of(first, second)));
        assertEquals(List.of(), names(again), "an import run twice creates nothing the second time");
    }

    @Test
    void oneBillingProductIsTheDefaultAndOneASyncGivesCannotBeDeactivated() {
        String gold = FixtureClient.unique("Gold");
        String silver = FixtureClient.unique("Silver");
        long goldId = admin.post("billing-products", "{\"name\": \"" + gold + "\", \"defaultForNewSyncs\": true}")
                .object().getJsonNumber("id").longValue();
        long silverId = admin.post("billing-products", "{\"name\": \"" + silver + "\"}")
                .object().getJsonNumber("id").longValue();

        admin.put("billing-products/" + silverId, "{\"name\": \"" + silver + "\", \"defaultForNewSyncs\": true}");

        assertTrue(admin.get("billing-products/" + silverId).object().getBoolean("defaultForNewSyncs"));
        assertFalse(admin.get("billing-products/" + goldId).object().getBoolean("defaultForNewSyncs"),
                "making one the default takes it from the other");
        assertEquals("name", problem(admin.post("billing-products", "{\"name\": \"" + gold.toLowerCase() + "\"}"),
                400, "invalid-request").getString("field"));

        String organization = FixtureClient.unique("Billed");
        Answer sync = admin.post("syncs", "{\"organizationId\": " + fixtures.organization(organization)
                + ", \"enabled\": false, \"directoryType\": \"LDAP\", \"billingProductId\": " + goldId
                + ", \"ldap\": {\"host\": \"127.0.0.1\", \"port\": 1, \"bindDn\": \"CN=svc,DC=psa,DC=example\","
                + " \"bindPassword\": \"Psa-Bind-Secret-1\", \"baseDn\": \"DC=psa,DC=example\"}}");
        assertEquals(201, sync.status(), sync::toString);

        JsonObject refused = problem(admin.delete("billing-products/" + goldId), 409, "in-use");
        assertTrue(refused.getString("detail").contains(organization), refused::toString);
        assertEquals(204, admin.delete("billing-products/" + silverId).status());
        JsonObject deactivated = admin.get("billing-products/" + silverId).object();
        assertFalse(deactivated.getBoolean("active"));
        assertFalse(deactivated.getBoolean("defaultForNewSyncs"), "a deactivated product is no one's default");
    }

    private List<String> organizationNames() {
        return admin.get("organizations").array().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name")).toList();
    }

    private static List<String> names(JsonObject plan) {
        return plan.getJsonArray("created").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name"))
                .toList();
    }

    private static JsonObject problem(Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer::toString);
        JsonObject problem = answer.object();
        assertTrue(problem.getString("type").endsWith(":" + type), problem::toString);
        return problem;
    }
}
