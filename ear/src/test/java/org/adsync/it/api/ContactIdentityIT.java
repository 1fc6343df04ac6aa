package org.adsync.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.EntraLookAlike;
import org.adsync.demo.directory.EntraUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient.Answer;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import static org.adsync.it.api.Polling.awaitFinished;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A client portal's back end finds the contact of a customer's user who signed in with their company account: an
 * Entra ID user by the tid and oid of their ID token or by UPN, an Active Directory user by domain and objectGUID,
 * with an API token that may do nothing else. Only a synced, enabled user with an active contact is found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactIdentityIT {

    private static final String PASSWORD = "identity lookup password";
    private static final String TENANT = "3e1d5c7a-2b4f-4d6e-9a8b-7c6d5e4f3a2b";
    private static final String CLIENT = "b7a6c5d4-e3f2-4a1b-8c9d-0e1f2a3b4c5d";
    private static final String SECRET = "Zx9~identity-it-secret";
    private static final String AD_BASE = "OU=Staff,DC=identity,DC=example";
    private static final String AD_SERVICE = "CN=svc,CN=Users,DC=identity,DC=example";
    private static final String AD_PASSWORD = "Identity-Bind-Secret-1";

    private static final FixtureClient FIXTURES = new FixtureClient(ServerUnderTest.consoleUrl());
    private static EntraLookAlike tenant;
    private static LookAlikeDirectory directory;
    private static ApiClient admin;
    private static ApiClient portal;
    private static long entraSync;
    private static long entraOrganization;
    private static final EntraUser ADA = user(1, "Ada", "Lovelace");
    private static final EntraUser GRACE = user(2, "Grace", "Hopper");
    private static final EntraUser KATE = user(3, "Kate", "Johnson");
    private static final ActiveDirectoryUser ALAN = ActiveDirectoryUser.named("Alan", "Turing",
            "alan@identity.example");

    @BeforeAll
    static void syncAnEntraTenantAndAnActiveDirectory() throws Exception {
        tenant = EntraLookAlike.start(Path.of("target", "identity-it", "tenant.p12"), TENANT, "contoso.example",
                CLIENT, SECRET);
        tenant.put(ADA);
        tenant.put(GRACE);
        tenant.put(KATE);
        directory = LookAlikeDirectory.start(Path.of("target", "identity-it", "ad.p12"), "DC=identity,DC=example", 0,
                AD_SERVICE, AD_PASSWORD);
        directory.addUser(ALAN, directory.addContainer("Staff"));

        String administrator = FixtureClient.unique("identity-admin").replace(' ', '-');
        FIXTURES.user(administrator, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS,
                Permission.VIEW_ORGANIZATIONS);
        admin = ApiClient.signedIn(administrator, PASSWORD);
        String portalUser = FixtureClient.unique("portal").replace(' ', '-');
        FIXTURES.user(portalUser, PASSWORD, Permission.RESOLVE_SSO_IDENTITIES);
        ApiClient portalWithPassword = ApiClient.signedIn(portalUser, PASSWORD);
        Answer token = portalWithPassword.post("tokens", "{\"name\": \"client portal\"}");
        assertEquals(201, token.status(), token::toString);
        portal = portalWithPassword.withToken(token.object().getString("token"));

        entraOrganization = FIXTURES.organization(FixtureClient.unique("Contoso"));
        entraSync = created(admin.post("syncs", entraBody(entraOrganization)));
        awaitSucceeded(admin, entraSync);
        long adOrganization = FIXTURES.organization(FixtureClient.unique("Identity AD"));
        awaitSucceeded(admin, created(admin.post("syncs", adBody(adOrganization))));
    }

    @AfterAll
    static void stopDirectories() {
        if (tenant != null) {
            tenant.close();
        }
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    void anEntraUserIsFoundByTheTenantAndObjectIdOfTheirIdTokenOrByUpn() {
        JsonObject byObjectId = found(portal.get("identities/contact?tenant=" + TENANT + "&objectId="
                + ADA.id().toUpperCase(Locale.ROOT)));
        JsonObject byUpn = found(portal.get("identities/contact?upn=" + encode("ADA.Lovelace@contoso.example")));

        assertEquals("Lovelace", byObjectId.getString("lastName"));
        assertEquals("ada.lovelace@contoso.example", byObjectId.getString("email"));
        assertEquals(entraOrganization, byObjectId.getJsonNumber("organizationId").longValue());
        assertEquals(byObjectId, byUpn, "the same contact either way, whatever the case");
    }

    @Test
    void anActiveDirectoryUserIsFoundByDomainAndObjectGuid() {
        JsonObject alan = found(portal.get("identities/contact?tenant=identity.example&objectId="
                + ALAN.objectGuid()));

        assertEquals("Turing", alan.getString("lastName"));
        assertEquals(404, portal.get("identities/contact?tenant=other.example&objectId=" + ALAN.objectGuid())
                .status(), "another domain's user with that GUID would be someone else");
    }

    @Test
    void aDisabledOrDeletedUserOrAnotherTenantsIsNotFoundAndTheAnswerNeverSaysWhy() {
        tenant.put(GRACE.disabled());
        tenant.remove(KATE.id());
        assertEquals("SUCCEEDED", force(entraSync).getString("outcome"));

        Answer disabled = portal.get("identities/contact?tenant=" + TENANT + "&objectId=" + GRACE.id());
        Answer deleted = portal.get("identities/contact?upn=" + encode(KATE.userPrincipalName()));
        Answer otherTenant = portal.get("identities/contact?tenant=" + UUID.randomUUID() + "&objectId=" + ADA.id());
        Answer unknown = portal.get("identities/contact?tenant=" + TENANT + "&objectId=" + UUID.randomUUID());

        for (Answer answer : new Answer[] {disabled, deleted, otherTenant, unknown}) {
            assertEquals(404, answer.status(), answer::toString);
            assertEquals(unknown.object().getString("detail"), answer.object().getString("detail"),
                    "one answer for every reason");
        }
    }

    @Test
    void onlyTheNewPermissionMayResolveIdentitiesAndItMayDoNothingElse() {
        assertEquals(403, admin.get("identities/contact?tenant=" + TENANT + "&objectId=" + ADA.id()).status());
        assertEquals(403, portal.get("organizations").status());
        assertEquals(401, ApiClient.anonymous().get("identities/contact?upn=x").status());
        assertEquals(400, portal.get("identities/contact?objectId=" + ADA.id()).status(), "an object ID needs its "
                + "tenant");
    }

    private static JsonObject found(Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return answer.object();
    }

    private static JsonObject force(long sync) {
        Answer forced = admin.post("syncs/" + sync + "/force");
        assertEquals(202, forced.status(), forced::toString);
        return awaitFinished(admin, "syncs/" + sync + "/attempts/" + forced.object().getJsonNumber("id")
                .longValue());
    }

    private static void awaitSucceeded(ApiClient api, long sync) {
        JsonObject attempt = Polling.await(() -> api.get("syncs/" + sync + "/attempts").array(), a -> a.size() > 0
                && !a.getJsonObject(0).getString("outcome").equals("RUNNING")).getJsonObject(0);
        assertEquals("SUCCEEDED", attempt.getString("outcome"), attempt::toString);
    }

    private static long created(Answer answer) {
        assertEquals(201, answer.status(), answer::toString);
        return answer.object().getJsonNumber("id").longValue();
    }

    private static String entraBody(long organization) throws Exception {
        return Json.createObjectBuilder()
                .add("organizationId", organization)
                .add("enabled", true)
                .add("directoryType", "AZURE")
                .add("azure", Json.createObjectBuilder()
                        .add("tenantId", TENANT)
                        .add("clientId", CLIENT)
                        .add("clientSecret", SECRET)
                        .add("cloud", "CUSTOM")
                        .add("loginHost", tenant.host())
                        .add("graphHost", tenant.host())
                        .add("trustedCertificatesPem", tenant.certificatePem()))
                .add("interval", "PT12H")
                .build().toString();
    }

    private static String adBody(long organization) throws Exception {
        return Json.createObjectBuilder()
                .add("organizationId", organization)
                .add("enabled", true)
                .add("directoryType", "LDAP")
                .add("ldap", Json.createObjectBuilder()
                        .add("host", "127.0.0.1")
                        .add("port", directory.port())
                        .add("transport", "LDAPS")
                        .add("bindDn", AD_SERVICE)
                        .add("bindPassword", AD_PASSWORD)
                        .add("baseDn", AD_BASE)
                        .add("trustedCertificatesPem", directory.certificatePem()))
                .add("interval", "PT12H")
                .build().toString();
    }

    private static EntraUser user(int i, String given, String surname) {
        return EntraUser.member(new UUID(0x1de7_0000_0000_4000L, 0x8000_0000_0000_0000L | i).toString(), given,
                surname, "contoso.example");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
