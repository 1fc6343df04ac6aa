package org.adsync.it.console;

import org.adsync.it.ServerUnderTest;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may open which page: sign-in is required, and each area needs its permission. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleAccessIT {

    private static final String PASSWORD = "correct horse battery";

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());

    @Test
    void anonymousVisitorIsAskedToSignInInsteadOfSeeingAdSync() {
        HttpResponse<String> page = new ConsoleSession(ServerUnderTest.consoleUrl()).get("admin/ad-sync.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("j_security_check"), "the login form is shown");
        assertFalse(page.body().contains("adSyncIntro"), "the AD Sync page is not shown");
    }

    @Test
    void userWithoutTheMicrosoftExtensionsPermissionGets403OnAdSync() {
        String technician = FixtureClient.unique("tech");
        fixtures.user(technician, PASSWORD, Permission.VIEW_ORGANIZATIONS);
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());

        HttpResponse<String> afterSignIn = session.signIn("organizations.xhtml", technician, PASSWORD);
        HttpResponse<String> adSync = session.get("admin/ad-sync.xhtml");

        assertEquals(200, afterSignIn.statusCode());
        assertTrue(afterSignIn.body().contains("organizationsForm"), "the organizations page opens");
        assertEquals(403, adSync.statusCode());
        assertFalse(adSync.body().contains("adSyncIntro"));
        assertTrue(adSync.body().contains("needs the permission \"Admin: configure Microsoft Extensions\""),
                "the 403 page names the permission to ask for");
        assertTrue(adSync.body().contains("userForm:signOut"), "and keeps the console's header with Sign out");
        assertFalse(afterSignIn.body().contains("navAdSync"), "the navigation does not offer AD Sync");
        assertEquals(403, session.get("admin/ad-sync-edit.xhtml").statusCode(), "nor the Setup tab");
        assertEquals(403, session.get("admin/ad-sync-edit.xhtml?id=1&tab=users").statusCode(), "nor AD Users");
    }

    @Test
    void anAdminWhoMayNotViewOrganizationsSeesTheirNamesWithoutLinks() {
        String admin = FixtureClient.unique("sync-admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        String organization = FixtureClient.unique("Linkless");
        fixtures.unreachableLdapSync(fixtures.organization(organization));
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());

        HttpResponse<String> list = session.signIn("admin/ad-sync.xhtml", admin, PASSWORD);

        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(":organizationName\""), "organizations are listed, as plain text");
        assertFalse(list.body().contains("organization.xhtml?id="), "no link to a page the user cannot open");
    }

    @Test
    void userWithoutViewOrganizationsGets403OnOrganizationPages() {
        String clerk = FixtureClient.unique("clerk");
        fixtures.user(clerk, PASSWORD);
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());

        HttpResponse<String> home = session.signIn("index.xhtml", clerk, PASSWORD);

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Welcome"));
        assertEquals(403, session.get("organizations.xhtml").statusCode());
        assertEquals(403, session.get("contacts.xhtml").statusCode());
        assertEquals(403, session.get("admin/ad-sync.xhtml").statusCode());
    }

    @Test
    void administratorOpensAdSync() {
        String admin = FixtureClient.unique("admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS);
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());

        HttpResponse<String> adSync = session.signIn("admin/ad-sync.xhtml", admin, PASSWORD);

        assertEquals(200, adSync.statusCode());
        assertTrue(adSync.body().contains("adSyncIntro"));
    }

    @Test
    void aDisabledUsersSessionEndsAtTheirNextClick() {
        String admin = FixtureClient.unique("leaver");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());
        assertTrue(session.signIn("admin/ad-sync.xhtml", admin, PASSWORD).body().contains("adSyncIntro"));

        fixtures.disableUser(admin);
        HttpResponse<String> nextClick = session.get("admin/ad-sync.xhtml");

        assertFalse(nextClick.body().contains("adSyncIntro"), "the page is no longer shown");
        assertTrue(nextClick.body().contains("j_security_check"), "the sign-in form is, in its place");
        assertTrue(session.postLogin(admin, PASSWORD).body().contains("The username or password is not correct."),
                "nor can the user sign in again");
    }

    @Test
    void theConsoleSessionSignsInNoApiCall() {
        String admin = FixtureClient.unique("admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());
        assertTrue(session.signIn("admin/ad-sync.xhtml", admin, PASSWORD).body().contains("adSyncIntro"));

        HttpResponse<String> apiCall = session.send(HttpRequest.newBuilder(session.resolve("api/syncs"))
                .header("Accept", "application/json").GET().build());

        assertEquals(401, apiCall.statusCode(), "a page of another site could otherwise act with the cookie");
        assertTrue(apiCall.body().contains("not-signed-in"), apiCall.body());
    }

    @Test
    void wrongPasswordIsRefusedAndLeavesTheVisitorSignedOut() {
        String admin = FixtureClient.unique("admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());

        HttpResponse<String> refused = session.signIn("admin/ad-sync.xhtml", admin, "not the password");
        HttpResponse<String> afterwards = session.get("admin/ad-sync.xhtml");

        assertTrue(refused.body().contains("The username or password is not correct."));
        assertFalse(afterwards.body().contains("adSyncIntro"));
        assertTrue(afterwards.body().contains("j_security_check"));
    }

    @Test
    void unknownUserIsRefusedLikeAWrongPassword() {
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());

        HttpResponse<String> refused = session.signIn("index.xhtml", FixtureClient.unique("nobody"), PASSWORD);

        assertTrue(refused.body().contains("The username or password is not correct."));
    }
}
