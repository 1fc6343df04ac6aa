package org.adsync.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.List;

import static org.adsync.it.api.Polling.awaitFinished;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Preview, the deactivation limit, Approve and the audit trail as a script sees them over HTTP: a scope narrowed
 * through the API is held, the script reads what would be deactivated (JSON and CSV) and approves it, and the audit
 * trail names who changed which setting, who approved, through which token, and never the bind password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSafeSyncIT {

    private static final String PASSWORD = "api safe password 1";
    private static final String BASE_DN = "DC=apisafe,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Api-Safe-Bind-Secret-99";
    private static final String SALES_ONLY = "(&(objectCategory=person)(objectClass=user)(department=Sales))";

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private LookAlikeDirectory directory;
    private String people;
    private String admin;
    private ApiClient api;

    @BeforeEach
    void startDirectoryAndSignIn() throws Exception {
        directory = LookAlikeDirectory.start(Path.of("target", "api-safe-it", "directory.p12"), BASE_DN, 0,
                SERVICE_DN, SERVICE_PASSWORD, new SearchGate());
        people = directory.addContainer("People");
        admin = FixtureClient.unique("safe-admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS);
        api = ApiClient.signedIn(admin, PASSWORD);
    }

    @AfterEach
    void stopDirectory() {
        directory.close();
    }

    private JsonObjectBuilder ldap(String filter, boolean withPassword) throws Exception {
        JsonObjectBuilder ldap = Json.createObjectBuilder().add("host", "127.0.0.1").add("port", directory.port())
                .add("transport", "LDAPS").add("bindDn", SERVICE_DN).add("baseDn", BASE_DN)
                .add("trustedCertificatesPem", directory.certificatePem());
        if (filter != null) {
            ldap.add("filter", filter);
        }
        if (withPassword) {
            ldap.add("bindPassword", SERVICE_PASSWORD);
        }
        return ldap;
    }

    private String body(long organization, boolean enabled, JsonObjectBuilder ldap, JsonObjectBuilder limit) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("organizationId", organization).add("enabled", enabled)
                .add("directoryType", "LDAP").add("ldap", ldap);
        if (limit != null) {
            body.add("deactivationLimit", limit);
        }
        return body.build().toString();
    }

    private JsonObject forced(ApiClient client, long id) throws Exception {
        Answer forced = client.post("syncs/" + id + "/force");
        assertEquals(202, forced.status(), forced::toString);
        return awaitFinished(client, "syncs/" + id + "/attempts/" + forced.object().getJsonNumber("id").longValue());
    }

    @Test
    void aScriptPreviewsIsHeldReadsWhatWouldGoApprovesAndTheAuditTrailSaysWhoDidWhat() throws Exception {
        String organizationName = FixtureClient.unique("Safe");
        long organization = fixtures.organization(organizationName);
        for (int i = 0; i < 55; i++) {
            directory.addUser(ActiveDirectoryUser.named("P" + i, "Person", "p" + i + "@apisafe.example")
                    .withDetails(null, null, "Clerk", i < 3 ? "Sales" : "Support"), people);
        }
        String token = api.post("tokens", "{\"name\": \"safety script\"}").object().getString("token");
        ApiClient script = api.withToken(token);

        Answer refused = script.post("syncs", body(organization, true, ldap(null, true),
                Json.createObjectBuilder().add("kind", "PERCENT").add("value", 120)));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("deactivationLimit", refused.object().getString("field"), refused::toString);

        Answer created = script.post("syncs", body(organization, true, ldap(null, true), null));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals("DEFAULT", created.object().getJsonObject("deactivationLimit").getString("kind"));
        Polling.await(() -> script.get("syncs/" + id).object(), s -> s.getInt("syncedUsers") == 55);

        Answer preview = script.post("syncs/" + id + "/preview");
        assertEquals(202, preview.status(), preview::toString);
        long previewId = preview.object().getJsonNumber("id").longValue();
        JsonObject previewed = awaitFinished(script, "syncs/" + id + "/attempts/" + previewId);
        assertEquals("PREVIEW", previewed.getString("trigger"));
        assertEquals(List.of(55, 0, 0, 0), List.of(previewed.getInt("read"), previewed.getInt("created"),
                previewed.getInt("updated"), previewed.getInt("deactivated")), previewed::toString);

        Answer typed = script.post("syncs/" + id + "/preview", body(organization, true, ldap(SALES_ONLY, false), null));
        assertEquals(202, typed.status(), typed::toString);
        JsonObject typedPreview = awaitFinished(script, "syncs/" + id + "/attempts/"
                + typed.object().getJsonNumber("id").longValue());
        assertEquals(52, typedPreview.getInt("deactivated"), typedPreview::toString);
        assertTrue(typedPreview.getString("message").contains("It would be held"), typedPreview::toString);
        assertFalse(script.get("syncs/" + id).object().getJsonObject("ldap").getString("filter", "").contains("Sales"),
                "a preview saves nothing");

        Answer narrowed = script.put("syncs/" + id, body(organization, true, ldap(SALES_ONLY, false), null));
        assertEquals(200, narrowed.status(), narrowed::toString);
        JsonObject held = forced(script, id);
        assertEquals("HELD", held.getString("outcome"), held::toString);
        assertEquals(52, held.getInt("heldDeactivations"));
        long heldId = held.getJsonNumber("id").longValue();

        JsonObject wouldGo = script.get("syncs/" + id + "/attempts/" + heldId + "/changes?kind=DEACTIVATED&size=10")
                .object();
        assertEquals(52, wouldGo.getInt("total"));
        assertEquals(10, wouldGo.getJsonArray("items").size());
        Answer csv = script.getAnything("syncs/" + id + "/attempts/" + heldId + "/changes.csv?kind=DEACTIVATED");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals(1 + 52, csv.body().split("\r\n").length, "a header and one line per contact");
        assertEquals(400, script.get("syncs/" + id + "/attempts/" + heldId + "/changes?kind=EXPLODED").status());
        assertEquals(55, script.get("syncs/" + id).object().getInt("syncedUsers"), "nothing was written");

        Answer approved = script.post("syncs/" + id + "/attempts/" + heldId + "/approve");
        assertEquals(202, approved.status(), approved::toString);
        JsonObject applied = awaitFinished(script, approved.header("Location").orElseThrow()
                .replaceFirst(".*/api/", ""));
        assertEquals("SUCCEEDED", applied.getString("outcome"), applied::toString);
        assertEquals(52, applied.getInt("deactivated"));
        assertEquals(admin, applied.getString("approvedBy"));
        Answer again = script.post("syncs/" + id + "/attempts/" + heldId + "/approve");
        assertEquals(409, again.status(), "an attempt is approved once: " + again);
        assertTrue(again.body().contains("hold-not-approvable") && again.body().contains("A later sync ran"),
                again::toString);

        JsonObject audit = script.get("audit?organization=" + organization + "&size=50").object();
        List<JsonObject> events = audit.getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> kinds = events.stream().map(e -> e.getString("kind")).toList();
        assertEquals(List.of("SYNC_APPROVED", "SYNC_HELD", "SYNC_FORCED", "SYNC_CHANGED", "SYNC_PREVIEWED",
                "SYNC_PREVIEWED", "SYNC_CREATED"), kinds, "newest first");
        JsonObject approval = events.get(0);
        assertEquals(admin, approval.getString("actor"));
        assertEquals("API", approval.getString("channel"));
        assertEquals("safety script", approval.getString("tokenName"));
        assertEquals("127.0.0.1", approval.getString("clientAddress"));
        JsonObject narrowing = events.stream().filter(e -> e.getString("kind").equals("SYNC_CHANGED")).findFirst()
                .orElseThrow();
        assertTrue(narrowing.getString("details").contains("Filter: the usual filter of the server's kind"
                + " \u2192 '" + SALES_ONLY + "'"), narrowing::toString);
        JsonObject held2 = events.get(1);
        assertEquals("(schedule)".equals(held2.getString("actor")) ? "SCHEDULE" : "API", held2.getString("channel"));
        String everything = script.get("audit?size=500").body();
        assertFalse(everything.contains(SERVICE_PASSWORD), "never a secret in the audit trail");
        assertEquals(400, script.get("audit?from=yesterday").status());
        assertEquals(0, script.get("audit?organization=" + organization + "&from=2099-01-01T00:00:00Z").object()
                .getInt("total"));
    }

    @Test
    void anApprovalIsBoundToTheSettingsItWasHeldWithAndAHoldCanBeRejected() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Bound"));
        for (int i = 0; i < 20; i++) {
            directory.addUser(ActiveDirectoryUser.named("B" + i, "Bound", "b" + i + "@apisafe.example")
                    .withDetails(null, null, "Clerk", i < 4 ? "Sales" : "Support"), people);
        }
        JsonObjectBuilder fiveAtMost = Json.createObjectBuilder().add("kind", "COUNT").add("value", 5);
        long id = api.post("syncs", body(organization, false, ldap(null, true), fiveAtMost)).object()
                .getJsonNumber("id").longValue();
        assertEquals(20, forced(api, id).getInt("created"));
        String salesOrSupport = "(&(objectCategory=person)(objectClass=user)(|(department=Sales)(title=Chief)))";
        directory.server().modify("dn: " + dnOf("b19@apisafe.example"), "changetype: modify", "replace: title",
                "title: Chief");
        assertEquals(200, api.put("syncs/" + id, body(organization, false, ldap(salesOrSupport, false),
                Json.createObjectBuilder().add("kind", "COUNT").add("value", 5))).status());
        JsonObject held = forced(api, id);
        assertEquals("HELD", held.getString("outcome"), held::toString);
        assertEquals(15, held.getInt("heldDeactivations"));
        long heldId = held.getJsonNumber("id").longValue();
        assertTrue(api.get("syncs/" + id + "/attempts/" + heldId).object().getBoolean("approvable"));

        // narrowed further after the admin looked: the old list no longer stands for what would go
        assertEquals(200, api.put("syncs/" + id, body(organization, false, ldap(SALES_ONLY, false),
                Json.createObjectBuilder().add("kind", "COUNT").add("value", 5))).status());
        Answer stale = api.post("syncs/" + id + "/attempts/" + heldId + "/approve");
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("The settings changed after this run was held; run a preview or Force Sync again.",
                stale.object().getString("detail"));
        assertFalse(api.get("syncs/" + id + "/attempts/" + heldId).object().getBoolean("approvable"),
                "no Approve is offered for it any more");
        assertEquals(20, api.get("syncs/" + id).object().getInt("syncedUsers"), "nobody was deactivated");

        JsonObject heldAgain = forced(api, id);
        assertEquals(16, heldAgain.getInt("heldDeactivations"), heldAgain::toString);
        long heldAgainId = heldAgain.getJsonNumber("id").longValue();
        Answer rejected = api.post("syncs/" + id + "/attempts/" + heldAgainId + "/reject");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals(admin, rejected.object().getString("rejectedBy"));
        assertFalse(rejected.object().getBoolean("approvable"));
        Answer afterReject = api.post("syncs/" + id + "/attempts/" + heldAgainId + "/approve");
        assertEquals(409, afterReject.status(), afterReject::toString);
        assertTrue(afterReject.object().getString("detail").startsWith("This hold was rejected by " + admin),
                afterReject::toString);
        assertEquals(20, api.get("syncs/" + id).object().getInt("syncedUsers"), "a rejection writes nothing");
        List<String> kinds = api.get("audit?organization=" + organization + "&size=5").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList();
        assertEquals("SYNC_HOLD_REJECTED", kinds.get(0), kinds::toString);
    }

    private String dnOf(String mail) throws Exception {
        return directory.server().search(BASE_DN, com.unboundid.ldap.sdk.SearchScope.SUB, "(mail=" + mail + ")")
                .getSearchEntries().get(0).getDN();
    }

    @Test
    void theCreatorOfATokenAndItsRevocationAreAuditedAndARemovedSyncKeepsItsAuditRecords() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Removed"));
        directory.addUser(ActiveDirectoryUser.named("Rita", "Removed", "rita@apisafe.example"), people);
        long id = api.post("syncs", body(organization, false, ldap(null, true), null)).object().getJsonNumber("id")
                .longValue();
        assertEquals(204, api.delete("syncs/" + id).status());

        List<String> kinds = api.get("audit?organization=" + organization).object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList();
        assertEquals(List.of("SYNC_REMOVED", "SYNC_CREATED"), kinds);

        ApiClient byPassword = ApiClient.anonymous().withPassword(admin, PASSWORD);
        Answer issued = byPassword.post("tokens", "{\"name\": \"short-lived\"}");
        long tokenId = issued.object().getJsonObject("details").getJsonNumber("id").longValue();
        byPassword.delete("tokens/" + tokenId);
        List<JsonObject> mine = api.get("audit?user=" + URLEncoder.encode(admin, StandardCharsets.UTF_8)
                + "&size=10").object().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("TOKEN_REVOKED", "TOKEN_CREATED"), mine.stream().limit(2)
                .map(e -> e.getString("kind")).toList());
        assertEquals("short-lived", mine.get(0).getString("subject"));
        assertEquals("API", mine.get(0).getString("channel"));
        assertTrue(!mine.get(0).containsKey("tokenName") || mine.get(0).isNull("tokenName"),
                "a call signed in with a password names no token");
    }
}
