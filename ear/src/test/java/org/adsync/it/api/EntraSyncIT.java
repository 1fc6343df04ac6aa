package org.adsync.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.DemoCertificate;
import org.adsync.demo.directory.EntraLookAlike;
import org.adsync.demo.directory.EntraUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.DatabaseSensitive;
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
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.adsync.it.api.Polling.awaitFinished;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An Entra ID sync as an MSP sets it up through the API, with the Graph SDK and azure-identity running inside
 * WildFly (where dependency clashes would show) against the Entra ID look-alike over HTTPS in this JVM: Test
 * Connection, a first full read across pages, a later read of only the changes, the fall-back when Graph forgot
 * the changes, and a missing permission that fails the sync without touching what was stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseSensitive
class EntraSyncIT {

    private static final String PASSWORD = "entra admin password 1";
    private static final String TENANT = "5f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
    private static final String CLIENT = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    private static final String SECRET = "Qw3~entra-it-secret-value";
    private static final int STAFF = 1200;

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private EntraLookAlike tenant;
    private ApiClient api;

    @BeforeEach
    void startTenantAndSignIn() throws Exception {
        tenant = EntraLookAlike.start(Path.of("target", "entra-it", "tenant.p12"), TENANT, "tailspin.example", CLIENT,
                SECRET);
        String admin = FixtureClient.unique("entra-admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS);
        api = ApiClient.signedIn(admin, PASSWORD);
        api = api.withToken(api.post("tokens", "{\"name\": \"entra it\", \"daysValid\": 1}").object()
                .getString("token"));
    }

    @AfterEach
    void stopTenant() {
        tenant.close();
    }

    @Test
    void anEntraSyncReadsEveryUserFirstThenOnlyTheChanges() throws Exception {
        String name = FixtureClient.unique("Tailspin");
        long organization = fixtures.organization(name, "Lovelace", "Hopper");
        tenant.put(user(1, "Ada", "Lovelace", "Lovelace@example.test"));
        tenant.put(user(2, "Grace", "Hopper", "Hopper@example.test"));
        tenant.putAll(STAFF - 2, i -> user(100 + i, "Staff" + i, "Member" + i, "staff" + i + "@tailspin.example"));
        tenant.put(user(3, "Gus", "Guest", "gus@partner.example").asGuest());

        LocalDate secretExpiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        Answer created = api.post("syncs", body(organization, true, TENANT, SECRET, secretExpiresOn));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        JsonObject azure = created.object().getJsonObject("azure");
        assertTrue(azure.getBoolean("clientSecretSet"));
        assertFalse(azure.containsKey("clientSecret"), "the secret is write-only");
        assertEquals("EXPIRING_SOON", azure.getString("clientSecretExpiry"));

        Answer test = api.post("syncs/" + id + "/test");
        assertTrue(test.object().getBoolean("succeeded"), test::toString);
        assertEquals(List.of("Token", "Users", "Group"), test.object().getJsonArray("steps")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList());

        JsonObject first = awaitFinished(api, "syncs/" + id + "/attempts/" + firstAttempt(id));
        assertEquals("SUCCEEDED", first.getString("outcome"), first::toString);
        assertEquals(STAFF, first.getInt("read"), "every member across two pages of 999; the guest left out");
        assertTrue(first.getString("message").contains("guest"), first::toString);
        assertTrue(first.getString("message").contains("The client secret expires on " + secretExpiresOn),
                first::toString);
        JsonObject sync = api.get("syncs/" + id).object();
        assertEquals(STAFF, sync.getInt("syncedUsers"), "2 matched by email, the others new contacts");
        assertTrue(sync.getJsonObject("azure").getBoolean("changesTracked"));

        tenant.put(user(1, "Ada", "Lovelace", "Lovelace@example.test").withJobTitle("Countess"));
        tenant.remove(id(2));
        tenant.put(user(4, "Nina", "Newcomer", "nina@tailspin.example"));
        JsonObject changes = force(id);
        assertEquals("SUCCEEDED", changes.getString("outcome"), changes::toString);
        assertTrue(changes.getString("message").contains("Only the changes"), changes::toString);
        assertEquals(2, changes.getInt("read"), "the changed and the new user, not the other 1,199");
        assertEquals(1, changes.getInt("created"));
        assertEquals(1, changes.getInt("deactivated"), "Grace left the tenant");
        JsonObject ada = api.get("organizations/" + organization + "/contacts?search=Lovelace").object()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("Countess", ada.getString("title", null), ada::toString);

        tenant.forgetDeltaTokens();
        JsonObject full = force(id);
        assertEquals("SUCCEEDED", full.getString("outcome"), full::toString);
        assertTrue(full.getString("message").contains("every user was read"), full::toString);
        assertEquals(STAFF, full.getInt("read"));

        tenant.denyPermission(true);
        JsonObject denied = force(id);
        assertEquals("FAILED", denied.getString("outcome"));
        assertTrue(denied.getString("message").contains("User.Read.All"), denied::toString);
        assertEquals(STAFF, api.get("syncs/" + id).object().getInt("syncedUsers"), "nothing was deactivated");

        JsonObject row = api.get("syncs?organization=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).object()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("EXPIRING_SOON", row.getJsonObject("clientSecret").getString("status"));
        assertTrue(row.getJsonObject("clientSecret").getBoolean("needsAction"));

        api.bodiesSeen().forEach(b -> assertFalse(b.contains(SECRET), "no answer holds the client secret"));
        assertEquals(204, api.delete("syncs/" + id).status());
    }

    @Test
    void settingsSavedDuringASyncMakeTheNextSyncReadEveryoneAndTheAdTypeWaits() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Litware"));
        tenant.putAll(1500, i -> user(100 + i, "Staff" + i, "Member" + i, "staff" + i + "@litware.example"));
        String settings = body(organization, true, TENANT, SECRET, null);
        tenant.holdGraph();
        long id = api.post("syncs", settings).object().getJsonNumber("id").longValue();

        long attemptId = firstAttempt(id); // enabling starts the first sync at once
        Answer saved = api.put("syncs/" + id, settings.replace("PT12H", "PT6H"));
        assertEquals(200, saved.status(), saved::toString);
        Answer moved = api.put("syncs/" + id, ldapBody(organization, "LDAPS"));
        assertEquals(409, moved.status(), "the AD Type does not change under a running sync: " + moved);
        assertEquals("AZURE", api.get("syncs/" + id).object().getString("directoryType"));
        assertEquals("RUNNING", api.get("syncs/" + id + "/attempts/" + attemptId).object().getString("outcome"),
                "the settings were saved while the sync read");
        tenant.releaseGraph();
        assertEquals("SUCCEEDED", awaitFinished(api, "syncs/" + id + "/attempts/" + attemptId).getString("outcome"));

        assertFalse(api.get("syncs/" + id).object().getJsonObject("azure").getBoolean("changesTracked"),
                "a delta link read under the old settings is not kept");
        JsonObject next = force(id);
        assertEquals(1500, next.getInt("read"), "the next sync reads everyone: " + next);
        assertTrue(api.get("syncs/" + id).object().getJsonObject("azure").getBoolean("changesTracked"));
        assertEquals(204, api.delete("syncs/" + id).status());
    }

    @Test
    void wrongSettingsAreNamedBeforeAnythingIsSaved() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Woodgrove"));
        Answer invalid = api.post("syncs", body(organization, false, "not a tenant", SECRET, null));
        assertEquals(400, invalid.status(), invalid::toString);
        assertTrue(invalid.body().contains("azure.tenantId"), invalid::toString);

        Answer created = api.post("syncs", body(organization, false, TENANT, SECRET, null));
        long id = created.object().getJsonNumber("id").longValue();
        Answer wrongSecret = api.post("syncs/" + id + "/test", settings(TENANT, "the-secret-id", null).build()
                .toString());
        assertEquals(200, wrongSecret.status(), wrongSecret::toString);
        JsonObject token = wrongSecret.object().getJsonArray("steps").getJsonObject(0);
        assertFalse(token.getBoolean("succeeded"));
        assertTrue(token.getString("detail").contains("AADSTS7000215"), token::toString);

        Answer otherTenant = api.post("syncs/" + id + "/test", settings("contoso.example", null, null).build()
                .toString());
        assertEquals(400, otherTenant.status(), "the stored secret is not sent to another tenant");
        assertTrue(otherTenant.body().contains("clientSecret"), otherTenant::toString);
        assertEquals(204, api.delete("syncs/" + id).status());
    }

    /**
     * An MSP moves a customer from Active Directory to Entra ID by changing the sync's AD Type: the contacts stay,
     * the people found in Entra ID keep theirs, and no one is deactivated or left in conflict on the way.
     */
    @Test
    void movingASyncFromActiveDirectoryToEntraIdKeepsTheContacts() throws Exception {
        String baseDn = "DC=moving,DC=example";
        String serviceDn = "CN=svc,CN=Users," + baseDn;
        try (LookAlikeDirectory directory = LookAlikeDirectory.start(Path.of("target", "entra-it", "directory.p12"),
                baseDn, 0, serviceDn, "Moving-Password-1")) {
            String people = directory.addContainer("People");
            directory.addUser(ActiveDirectoryUser.named("Ada", "Lovelace", "ada@moving.example"), people);
            directory.addUser(ActiveDirectoryUser.named("Grace", "Hopper", "grace@moving.example"), people);
            directory.addUser(ActiveDirectoryUser.named("Linus", "Onprem", "linus@moving.example"), people);
            String name = FixtureClient.unique("Moving");
            long organization = fixtures.organization(name);
            JsonObjectBuilder ldap = Json.createObjectBuilder().add("host", "127.0.0.1").add("port", directory.port())
                    .add("bindDn", serviceDn).add("bindPassword", "Moving-Password-1").add("baseDn", baseDn)
                    .add("trustedCertificatesPem", directory.certificatePem());
            Answer created = api.post("syncs", Json.createObjectBuilder().add("organizationId", organization)
                    .add("enabled", true).add("directoryType", "LDAP").add("ldap", ldap).build().toString());
            long id = created.object().getJsonNumber("id").longValue();
            JsonObject fromActiveDirectory = awaitFinished(api, "syncs/" + id + "/attempts/" + firstAttempt(id));
            assertEquals(3, fromActiveDirectory.getInt("created"), fromActiveDirectory::toString);
            Map<String, JsonObject> before = contactsByLastName(organization);

            tenant.put(user(11, "Ada", "Lovelace", "ada@moving.example"));
            tenant.put(user(12, "Grace", "Hopper", "Grace@Moving.example"));
            tenant.put(user(13, "Nina", "Cloudonly", "nina@moving.example"));
            Answer moved = api.put("syncs/" + id, body(organization, true, TENANT, SECRET, null));
            assertEquals(200, moved.status(), moved::toString);
            assertEquals(0, moved.object().getInt("syncedUsers"), "the Active Directory users are forgotten");

            JsonObject fromEntra = force(id);
            assertEquals("SUCCEEDED", fromEntra.getString("outcome"), fromEntra::toString);
            assertEquals(1, fromEntra.getInt("created"), "only Nina is new: " + fromEntra);
            assertEquals(0, fromEntra.getInt("deactivated"), fromEntra::toString);
            assertEquals(0, fromEntra.getInt("conflicts"), fromEntra::toString);
            Map<String, JsonObject> after = contactsByLastName(organization);
            assertEquals(4, after.size(), "no duplicates: " + after.keySet());
            for (String kept : List.of("Lovelace", "Hopper", "Onprem")) {
                assertEquals(before.get(kept).getJsonNumber("id"), after.get(kept).getJsonNumber("id"));
                assertTrue(after.get(kept).getBoolean("active"), kept + " stays active");
            }
            JsonObject sync = api.get("syncs/" + id).object();
            assertEquals(3, sync.getInt("syncedUsers"), "Ada and Grace matched again by email, Nina new");
            assertEquals(0, sync.getInt("conflicts"));

            JsonObjectBuilder ldapWithoutPassword = Json.createObjectBuilder().add("host", "127.0.0.1")
                    .add("port", directory.port()).add("bindDn", serviceDn).add("baseDn", baseDn)
                    .add("trustedCertificatesPem", directory.certificatePem());
            Answer back = api.put("syncs/" + id, Json.createObjectBuilder().add("organizationId", organization)
                    .add("enabled", true).add("directoryType", "LDAP").add("ldap", ldapWithoutPassword)
                    .build().toString());
            assertEquals(400, back.status(), back::toString);
            assertEquals("ldap.bindPassword", back.object().getString("field"), "no password is stored for LDAP");
            assertEquals(3, api.get("syncs/" + id).object().getInt("syncedUsers"),
                    "a refused change of AD Type forgets no one");
            assertEquals(204, api.delete("syncs/" + id).status());
        }
    }

    /** Sorted by SSL Status, the syncs that need action come first: Entra ID rows as their client secret stands. */
    @Test
    void theSslStatusSortPutsWhatNeedsActionFirstWithTheSoonestToExpireFirst() {
        String prefix = FixtureClient.unique("Ranked");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("valid secret", body(fixtures.organization(prefix + " 1"), false, TENANT, SECRET,
                today.plusYears(1)));
        bodies.put("LDAPS not connected yet", ldapBody(fixtures.organization(prefix + " 2"), "LDAPS"));
        bodies.put("secret expiring", body(fixtures.organization(prefix + " 3"), false, TENANT, SECRET,
                today.plusDays(10)));
        bodies.put("plain LDAP", ldapBody(fixtures.organization(prefix + " 4"), "PLAIN"));
        bodies.put("secret date unknown", body(fixtures.organization(prefix + " 5"), false, TENANT, SECRET, null));
        bodies.put("secret expired", body(fixtures.organization(prefix + " 6"), false, TENANT, SECRET,
                today.minusDays(5)));
        Map<Long, String> names = new HashMap<>();
        bodies.forEach((name, body) -> {
            Answer created = api.post("syncs", body);
            assertEquals(201, created.status(), created::toString);
            names.put(created.object().getJsonNumber("id").longValue(), name);
        });
        String list = "syncs?organization=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8) + "&sort=ssl";

        List<String> ascending = api.get(list).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(row -> names.get(row.getJsonNumber("id").longValue())).toList();
        List<String> descending = api.get(list + "&order=desc").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(row -> names.get(row.getJsonNumber("id").longValue()))
                .toList();

        assertEquals(List.of("secret expired", "secret expiring", "plain LDAP", "LDAPS not connected yet",
                "secret date unknown", "valid secret"), ascending);
        assertEquals(List.of("valid secret", "LDAPS not connected yet", "secret date unknown", "secret expiring",
                "secret expired", "plain LDAP"), descending, "rows without a date stay last");
        names.keySet().forEach(id -> assertEquals(204, api.delete("syncs/" + id).status()));
    }

    private Map<String, JsonObject> contactsByLastName(long organization) {
        return api.get("organizations/" + organization + "/contacts").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(contact -> contact.getString("lastName"), contact -> contact));
    }

    private long firstAttempt(long id) throws InterruptedException {
        return Polling.await(() -> api.get("syncs/" + id + "/attempts").array(), a -> a.size() > 0)
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject force(long id) throws InterruptedException {
        Answer forced = api.post("syncs/" + id + "/force");
        assertEquals(202, forced.status(), forced::toString);
        return awaitFinished(api, "syncs/" + id + "/attempts/" + forced.object().getJsonNumber("id").longValue());
    }

    @Test
    void aHeldEntraSyncLeavesTheDeltaLinkSoTheApprovedRunReadsTheSameChanges() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Held"));
        tenant.putAll(40, i -> user(500 + i, "Held" + i, "Member" + i, "held" + i + "@tailspin.example"));
        String limited = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                body(organization, true, TENANT, SECRET, null))).readObject())
                .add("deactivationLimit", Json.createObjectBuilder().add("kind", "COUNT").add("value", 5))
                .build().toString();
        long id = api.post("syncs", limited).object().getJsonNumber("id").longValue();
        assertEquals("SUCCEEDED", awaitFinished(api, "syncs/" + id + "/attempts/" + firstAttempt(id))
                .getString("outcome"));
        for (int i = 0; i < 20; i++) {
            tenant.remove(id(500 + i));
        }
        tenant.put(user(520, "Held20", "Member20", "held20@tailspin.example").withJobTitle("Lead"));

        JsonObject held = force(id);
        assertEquals("HELD", held.getString("outcome"), held::toString);
        assertEquals(20, held.getInt("heldDeactivations"));
        JsonObject heldAgain = force(id);
        assertEquals("HELD", heldAgain.getString("outcome"), heldAgain::toString);
        assertEquals(1, heldAgain.getInt("read"), "the same changes read again: the held run kept the delta link");

        Answer approved = api.post("syncs/" + id + "/attempts/" + heldAgain.getJsonNumber("id") + "/approve");
        assertEquals(202, approved.status(), approved::toString);
        JsonObject applied = awaitFinished(api, "syncs/" + id + "/attempts/"
                + approved.object().getJsonNumber("id").longValue());
        assertEquals(List.of("SUCCEEDED", 1, 20, 1), List.of(applied.getString("outcome"), applied.getInt("read"),
                applied.getInt("deactivated"), applied.getInt("updated")), applied::toString);
        assertEquals(0, force(id).getInt("read"), "the approved run moved the delta link on");
    }

    @Test
    void deltaEntriesThatCarryOnlyWhatChangedLeaveTheRestAsItWas() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Minimal"), "Mapped");
        EntraUser dora = user(601, "Dora", "Disabled", "dora@tailspin.example").disabled();
        EntraUser mia = user(602, "Mia", "Mapped", "Mapped@example.test").withJobTitle("Analyst").disabled();
        EntraUser carl = user(603, "Carl", "Changed", "carl@tailspin.example").withJobTitle("Clerk");
        EntraUser gina = user(604, "Gina", "Guest", "gina@partner.example").asGuest();
        List.of(dora, mia, carl, gina).forEach(tenant::put);
        long id = api.post("syncs", body(organization, true, TENANT, SECRET, null)).object().getJsonNumber("id")
                .longValue();
        JsonObject first = awaitFinished(api, "syncs/" + id + "/attempts/" + firstAttempt(id));
        assertEquals(List.of(1, 1), List.of(first.getInt("created"), first.getInt("deactivated")), first::toString);

        tenant.change(dora.withJobTitle("Boss"), "jobTitle");
        tenant.change(new EntraUser(mia.id(), mia.displayName(), mia.givenName(), mia.surname(), mia.mail(),
                mia.userPrincipalName(), null, null, mia.jobTitle(), "Finance", false, "Member", null), "department");
        tenant.change(new EntraUser(carl.id(), carl.displayName(), carl.givenName(), carl.surname(), carl.mail(),
                carl.userPrincipalName(), null, "+1 425 555 0111", "Lead", null, true, "Member", null),
                "mobilePhone", "jobTitle");
        tenant.change(gina.withJobTitle("Consultant"), "jobTitle");
        JsonObject changes = force(id);

        assertEquals("SUCCEEDED", changes.getString("outcome"), changes::toString);
        assertEquals(List.of(0, 0, 0), List.of(changes.getInt("created"), changes.getInt("reactivated"),
                changes.getInt("deactivated")), "a missing accountEnabled is no change of it: " + changes);
        JsonObject users = api.get("syncs/" + id + "/users?size=50").object();
        assertEquals(3, users.getInt("total"), "the guest's entry without userType is not taken in: " + users);
        JsonObject storedCarl = users.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(u -> "Changed".equals(u.getString("lastName", null))).findFirst().orElseThrow();
        assertEquals("carl@tailspin.example", storedCarl.getString("email"), "what the entry left out stays");
        assertEquals("+1 425 555 0111", storedCarl.getString("mobilePhone"));
        assertEquals("Lead", storedCarl.getString("title"));
        assertEquals("SYNCED", storedCarl.getString("state"));
        JsonObject storedMia = users.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(u -> "Mapped".equals(u.getString("lastName", null))).findFirst().orElseThrow();
        assertEquals(List.of("INACTIVE", "Mapped@example.test", "Finance"), List.of(storedMia.getString("state"),
                storedMia.getString("email"), storedMia.getString("department")), storedMia::toString);
    }

    @Test
    void trustingAnotherCertificateWithoutTheSecretSendsItNowhereAndSavesNothing(@TempDir Path keys)
            throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Pinned"));
        Answer created = api.post("syncs", body(organization, false, TENANT, SECRET, null));
        long id = created.object().getJsonNumber("id").longValue();
        String otherCertificate = LookAlikeDirectory.pemOf(DemoCertificate.loadOrCreate(keys.resolve("proxy.p12")));
        JsonObjectBuilder otherTrust = settings(TENANT, null, null).add("trustedCertificatesPem", otherCertificate);
        int requestsBefore = tenant.requests().size();

        Answer tested = api.post("syncs/" + id + "/test", otherTrust.build().toString());
        Answer saved = api.put("syncs/" + id, Json.createObjectBuilder().add("enabled", true)
                .add("directoryType", "AZURE").add("azure", settings(TENANT, null, null)
                        .add("trustedCertificatesPem", otherCertificate)).build().toString());

        for (Answer refused : List.of(tested, saved)) {
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("azure.clientSecret", refused.object().getString("field"), refused::toString);
            assertTrue(refused.object().getString("detail").contains("the trusted certificates changed"),
                    refused::toString);
        }
        assertEquals(requestsBefore, tenant.requests().size(), "no token request, so the secret went nowhere");
        assertFalse(api.get("syncs/" + id).object().getBoolean("enabled"), "nothing saved");
        assertTrue(api.post("syncs/" + id + "/test", settings(TENANT, null, null).build().toString()).object()
                .getBoolean("succeeded"), "the unchanged settings still use the stored secret");
    }

    private String body(long organization, boolean enabled, String tenantId, String secret, LocalDate expiresOn) {
        return Json.createObjectBuilder()
                .add("organizationId", organization)
                .add("enabled", enabled)
                .add("directoryType", "AZURE")
                .add("azure", settings(tenantId, secret, expiresOn))
                .add("interval", "PT12H")
                .build().toString();
    }

    private static String ldapBody(long organization, String transport) {
        return Json.createObjectBuilder()
                .add("organizationId", organization)
                .add("enabled", false)
                .add("directoryType", "LDAP")
                .add("ldap", Json.createObjectBuilder().add("host", "dc1.ranked.example").add("transport", transport)
                        .add("bindDn", "CN=svc,DC=ranked,DC=example").add("bindPassword", "Ranked-Password-1")
                        .add("baseDn", "DC=ranked,DC=example"))
                .build().toString();
    }

    private JsonObjectBuilder settings(String tenantId, String secret, LocalDate expiresOn) {
        JsonObjectBuilder azure = Json.createObjectBuilder()
                .add("tenantId", tenantId)
                .add("clientId", CLIENT)
                .add("cloud", "CUSTOM")
                .add("loginHost", tenant.host())
                .add("graphHost", tenant.host());
        try {
            azure.add("trustedCertificatesPem", tenant.certificatePem());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (secret != null) {
            azure.add("clientSecret", secret);
        }
        if (expiresOn != null) {
            azure.add("clientSecretExpiresOn", expiresOn.toString());
        }
        return azure;
    }

    private static String id(int i) {
        return new UUID(0x5ade_0000_0000_4000L, 0x8000_0000_0000_0000L | i).toString();
    }

    private static EntraUser user(int i, String given, String surname, String mail) {
        return new EntraUser(id(i), given + " " + surname, given, surname, mail, mail, null, null, null, null, true,
                "Member", null);
    }
}
