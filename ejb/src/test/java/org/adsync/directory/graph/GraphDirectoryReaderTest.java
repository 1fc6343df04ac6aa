package org.adsync.directory.graph;

import org.adsync.demo.directory.EntraLookAlike;
import org.adsync.demo.directory.EntraUser;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.DirectoryException;
import org.adsync.directory.DirectoryThrottled;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.PageHandler;
import org.adsync.directory.ReadResult;
import org.adsync.directory.RecordingEvent;
import org.adsync.sync.AzureSettings;
import org.adsync.sync.AzureSettingsInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Graph adapter against the Entra ID look-alike over HTTPS: the real SDK, token endpoint and paging. */
class GraphDirectoryReaderTest {

    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String CLIENT = "0c6a1b2e-3d4f-4a5b-8c7d-9e0f1a2b3c4d";
    static final String SECRET = "Xy8Q~look-alike-secret-value";
    static final String STAFF = "a1a1a1a1-0000-4000-8000-000000000001";
    static final String SALES = "a1a1a1a1-0000-4000-8000-000000000002";

    @TempDir
    static Path dir;

    static EntraLookAlike tenant;

    final GraphDirectoryReader reader = new GraphDirectoryReader();
    final RecordingEvent<DirectoryThrottled> throttled = new RecordingEvent<>();

    @BeforeEach
    void countThrottling() {
        reader.throttled = throttled;
    }

    @BeforeAll
    static void startTenant() throws Exception {
        tenant = EntraLookAlike.start(dir.resolve("entra.p12"), TENANT, "fabrikam.example", CLIENT, SECRET);
        tenant.putAll(2500, i -> EntraUser.member(id(i), "Given" + i, "Surname" + i, "fabrikam.example"));
        tenant.put(EntraUser.member(id(2500), "Gail", "Guest", "partner.example").asGuest());
        tenant.put(EntraUser.member(id(2501), "Dana", "Disabled", "fabrikam.example").disabled());
        // Sales is nested in Staff: its members are Staff's transitive members
        tenant.putGroup(SALES, "Sales", List.of(id(10), id(11), id(2501)));
        tenant.putGroup(STAFF, "Staff", List.of(id(1), id(10), SALES));
    }

    @AfterAll
    static void stopTenant() {
        tenant.close();
    }

    @BeforeEach
    void healthyTenant() {
        tenant.denyPermission(false);
        tenant.expireSecret(false);
        tenant.throttle(0, "1");
    }

    static String id(int i) {
        return String.format("00000000-0000-4000-8000-%012d", i);
    }

    @Test
    void readsEveryMemberAcrossPagesWithOnlyTheNeededFieldsAndEndsWithADeltaLink() throws Exception {
        int before = tenant.requests().size();
        Collected read = read(settings(null), null);

        assertEquals(2501, read.result.entries(), "2,500 members and the disabled one; the guest is left out");
        assertTrue(read.result.complete());
        assertFalse(read.result.incremental());
        assertNotNull(read.result.deltaLink());
        assertTrue(read.result.warnings().stream().anyMatch(w -> w.contains("1 guest user (invited")),
                read.result.warnings().toString());
        assertTrue(read.pages.size() >= 3, "999 users a page: " + read.pages.size() + " pages");
        assertTrue(read.pages.stream().allMatch(size -> size <= 999));

        DirectoryEntry first = read.byAnchor().get(id(0));
        assertEquals("Given0", first.firstName());
        assertEquals("Surname0", first.lastName());
        assertEquals("given0.surname0@fabrikam.example", first.email());
        assertFalse(first.disabled());
        assertTrue(read.byAnchor().get(id(2501)).disabled(), "accountEnabled=false is disabled");

        List<String> requests = tenant.requests().subList(before, tenant.requests().size());
        String firstDelta = requests.stream().filter(r -> r.contains("/users/delta")).findFirst().orElseThrow();
        assertTrue(firstDelta.contains("$select=id,displayName,givenName,surname,mail"), firstDelta);
        assertTrue(requests.get(0).startsWith("POST /" + TENANT + "/oauth2/v2.0/token"), requests.get(0));
    }

    @Test
    void laterReadsTakeOnlyTheChangesAndNameTheUsersWhoLeft() throws Exception {
        String link = read(settings(null), null).result.deltaLink();
        tenant.put(EntraUser.member(id(3000), "Nina", "New", "fabrikam.example"));
        tenant.put(EntraUser.member(id(5), "Given5", "Surname5", "fabrikam.example").withJobTitle("Director"));
        tenant.remove(id(6));
        tenant.put(EntraUser.member(id(7), "Given7", "Surname7", "fabrikam.example").asGuest());

        Collected changes = read(settings(null), link);

        assertTrue(changes.result.incremental());
        assertEquals(2, changes.result.entries(), "the new user and the changed one");
        assertEquals("Director", changes.byAnchor().get(id(5)).title());
        assertNotNull(changes.byAnchor().get(id(3000)));
        assertEquals(List.of(id(6), id(7)), changes.removed, "deleted, and turned into a guest");
        assertNotNull(changes.result.deltaLink());

        Collected nothingNew = read(settings(null), changes.result.deltaLink());
        assertTrue(nothingNew.result.incremental());
        assertEquals(0, nothingNew.result.entries());
        assertTrue(nothingNew.removed.isEmpty());
        // put the tenant back for the other tests
        tenant.put(EntraUser.member(id(6), "Given6", "Surname6", "fabrikam.example"));
        tenant.put(EntraUser.member(id(7), "Given7", "Surname7", "fabrikam.example"));
        tenant.remove(id(3000));
    }

    @Test
    void aDeltaEntryThatCarriesOnlyWhatChangedSaysWhatItLeavesUnsaid() throws Exception {
        String link = read(settings(null), null).result.deltaLink();
        EntraUser five = EntraUser.member(id(5), "Given5", "Surname5", "fabrikam.example");
        tenant.change(five.withJobTitle("Director"), "jobTitle");

        Collected changes = read(settings(null), link);

        DirectoryEntry title = changes.byAnchor().get(id(5));
        assertEquals("Director", title.title());
        assertFalse(title.unknown().contains(DirectoryEntry.Attribute.TITLE));
        assertTrue(title.unknown().containsAll(List.of(DirectoryEntry.Attribute.EMAIL,
                DirectoryEntry.Attribute.DISABLED, DirectoryEntry.Attribute.MEMBERSHIP,
                DirectoryEntry.Attribute.LAST_NAME)), title.unknown().toString());
        assertTrue(changes.removed.isEmpty(), "an entry without userType is no guest's");
        assertTrue(read(settings(null), null).entries.stream().noneMatch(DirectoryEntry::partial),
                "a full read carries every property");
        tenant.put(five);
    }

    @Test
    void aPropertyClearedInEntraIdIsClearedNotUnknown() throws Exception {
        EntraUser eight = EntraUser.member(id(8), "Given8", "Surname8", "fabrikam.example");
        tenant.put(eight.withMobilePhone("+1 555 0108"));
        String link = read(settings(null), null).result.deltaLink();
        tenant.change(eight.withMobilePhone(null).withJobTitle("Analyst"), "mobilePhone", "jobTitle");

        DirectoryEntry changed = read(settings(null), link).byAnchor().get(id(8));

        assertNull(changed.mobilePhone());
        assertFalse(changed.unknown().contains(DirectoryEntry.Attribute.MOBILE_PHONE),
                "Graph sent mobilePhone as null: cleared, not left unsaid");
        assertEquals("Analyst", changed.title());
        assertTrue(changed.unknown().contains(DirectoryEntry.Attribute.EMAIL), changed.unknown().toString());
        tenant.put(eight);
    }

    @Test
    void anExpiredDeltaTokenFallsBackToAFullRead() throws Exception {
        String link = read(settings(null), null).result.deltaLink();
        tenant.forgetDeltaTokens();

        Collected read = read(settings(null), link);

        assertFalse(read.result.incremental(), "a full read, so users not seen may be taken as gone");
        assertTrue(read.result.complete());
        assertEquals(2501, read.result.entries());
        assertTrue(read.result.warnings().stream().anyMatch(w -> w.contains("every user was read")));
    }

    @Test
    void aGroupScopeReadsTheTransitiveUserMembersOnly() throws Exception {
        Collected read = read(settings(STAFF), null);

        assertEquals(List.of(id(1), id(10), id(11), id(2501)), read.anchors());
        assertTrue(read.result.complete());
        assertFalse(read.result.incremental());
        assertNull(read.result.deltaLink(), "Graph keeps no delta of transitive members");
        assertTrue(tenant.requests().stream().anyMatch(r -> r.contains("/groups/" + STAFF
                + "/transitiveMembers/graph.user") && r.contains("$top=999")));
    }

    @Test
    void throttlingIsRetriedAsGraphAsksEvenWithRetryAfterZero() throws Exception {
        tenant.throttle(2, "0");
        assertEquals(4, read(settings(STAFF), null).result.entries());
        assertEquals(List.of(new DirectoryThrottled(DirectoryType.AZURE, 429),
                new DirectoryThrottled(DirectoryType.AZURE, 429)), throttled.fired(), "each retry is counted");
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsExplained() {
        tenant.throttle(10, "1");
        String message = failure(settings(STAFF));
        assertTrue(message.startsWith("While calling Microsoft Graph at " + tenant.host()), message);
        assertTrue(message.contains("429") && message.contains("after 3 retries"), message);
    }

    @Test
    void aWrongSecretSaysToUseTheSecretsValue() {
        String message = failure(settings(null), "the-secret-id-not-its-value");
        assertTrue(message.startsWith("While getting a token from " + tenant.host()), message);
        assertTrue(message.contains("AADSTS7000215") && message.contains("Value"), message);
        assertFalse(message.contains("the-secret-id-not-its-value"));
    }

    @Test
    void anExpiredSecretSaysToCreateANewOne() {
        tenant.expireSecret(true);
        String message = failure(settings(null));
        assertTrue(message.contains("AADSTS7000222") && message.contains("Create a new client secret"), message);
    }

    @Test
    void anUnknownApplicationOrTenantIsNamed() {
        String unknownApp = failure(new AzureSettingsInput.Builder().tenantId(TENANT)
                .clientId("99999999-9999-4999-8999-999999999999"), SECRET);
        assertTrue(unknownApp.contains("AADSTS700016") && unknownApp.contains("99999999-9999-4999-8999-999999999999"),
                unknownApp);

        String unknownTenant = failure(new AzureSettingsInput.Builder().tenantId("contoso.example").clientId(CLIENT),
                SECRET);
        assertTrue(unknownTenant.contains("AADSTS90002") && unknownTenant.contains("contoso.example"), unknownTenant);
    }

    @Test
    void aMissingPermissionNamesThePermissionsToGrant() {
        tenant.denyPermission(true);
        String message = failure(settings(null));
        assertTrue(message.startsWith("While calling Microsoft Graph"), message);
        assertTrue(message.contains("Authorization_RequestDenied") && message.contains("User.Read.All")
                && message.contains("GroupMember.Read.All") && message.contains("admin consent"), message);
    }

    @Test
    void anUnknownGroupIsExplained() {
        String message = failure(settings("b2b2b2b2-0000-4000-8000-000000000009"));
        assertTrue(message.contains("no group with the object ID b2b2b2b2-0000-4000-8000-000000000009"), message);
    }

    @Test
    void networkDnsAndTlsFailuresSayWhereTheyHappened() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String refused = failure(custom("127.0.0.1:" + closed, tenant.certificatePem()), SECRET);
        assertTrue(refused.startsWith("While getting a token from 127.0.0.1:" + closed), refused);
        assertTrue(refused.contains("could not connect"), refused);

        String unknown = failure(custom("login.adsync-test.invalid", null), SECRET); // RFC 6761: never resolves
        assertTrue(unknown.startsWith("While getting a token from login.adsync-test.invalid"), unknown);
        assertTrue(unknown.contains("could not be found"), unknown);

        String untrusted = failure(custom(tenant.host(), null), SECRET);
        assertTrue(untrusted.startsWith("While getting a token"), untrusted);
        assertTrue(untrusted.contains("not trusted"), untrusted);
    }

    @Test
    void testConnectionReportsTokenUsersAndGroupInTurn() throws Exception {
        ConnectionTestReport report = test(settings(STAFF));
        assertTrue(report.succeeded(), report.toString());
        assertEquals(List.of("Token", "Users", "Group"), report.steps().stream()
                .map(ConnectionTestReport.Step::name).toList());
        assertTrue(report.steps().get(1).detail().startsWith("2501 member users"), report.steps().get(1).detail());
        assertTrue(report.steps().get(2).detail().contains("'Staff': 4 users in scope"),
                report.steps().get(2).detail());

        tenant.denyPermission(true);
        ConnectionTestReport denied = test(settings(STAFF));
        assertFalse(denied.succeeded());
        assertTrue(denied.steps().get(0).succeeded(), "the token still comes");
        assertEquals("Users", denied.steps().get(1).name());
        assertTrue(denied.steps().get(1).detail().contains("User.Read.All"), denied.steps().get(1).detail());
        assertEquals(2, denied.steps().size(), "the first failing step ends the test");
    }

    // --- helpers

    private AzureSettings settings(String groupId) {
        return AzureSettings.of(lookAlike(new AzureSettingsInput.Builder().tenantId(TENANT).clientId(CLIENT)
                .groupId(groupId), tenant.host(), pem()), "(encrypted elsewhere)");
    }

    private static AzureSettingsInput lookAlike(AzureSettingsInput.Builder builder, String host, String pem) {
        return builder.cloud(AzureCloud.CUSTOM).loginHost(host).graphHost(host).trustedCertificatesPem(pem).build();
    }

    private static String pem() {
        try {
            return tenant.certificatePem();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AzureSettingsInput.Builder custom(String host, String pem) {
        return new AzureSettingsInput.Builder().tenantId(TENANT).clientId(CLIENT).cloud(AzureCloud.CUSTOM)
                .loginHost(host).graphHost(host).trustedCertificatesPem(pem);
    }

    private String failure(AzureSettings settings) {
        return failure(settings, SECRET);
    }

    private String failure(AzureSettings settings, String secret) {
        DirectoryException e = assertThrows(DirectoryException.class, () -> reader.readUsers(
                settings.tenant(secret.toCharArray(), null), page -> { }));
        assertFalse(e.getMessage().contains(secret), "never the secret");
        return e.getMessage();
    }

    private String failure(AzureSettingsInput.Builder input, String secret) {
        AzureSettingsInput built = input.build();
        if (built.cloud() != AzureCloud.CUSTOM) {
            built = lookAlike(input, tenant.host(), pem());
        }
        return failure(AzureSettings.of(built, "(encrypted elsewhere)"), secret);
    }

    private ConnectionTestReport test(AzureSettings settings) {
        return reader.testConnection(settings.tenant(SECRET.toCharArray(), null));
    }

    private Collected read(AzureSettings settings, String deltaLink) throws DirectoryException {
        Collected collected = new Collected();
        collected.result = reader.readUsers(settings.tenant(SECRET.toCharArray(), deltaLink),
                collected);
        return collected;
    }

    /** What a read handed over, page by page. */
    static final class Collected implements PageHandler {
        final List<DirectoryEntry> entries = new ArrayList<>();
        final List<Integer> pages = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        ReadResult result;

        @Override
        public void accept(List<DirectoryEntry> page) {
            pages.add(page.size());
            entries.addAll(page);
        }

        @Override
        public void removed(List<String> anchors) {
            removed.addAll(anchors);
        }

        Map<String, DirectoryEntry> byAnchor() {
            return entries.stream().collect(Collectors.toMap(DirectoryEntry::anchor, Function.identity()));
        }

        List<String> anchors() {
            return entries.stream().map(DirectoryEntry::anchor).toList();
        }
    }
}
