package org.adsync.it.console;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.api.Polling;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real (headless) Chromium: an admin sets a sync's deactivation limit, previews what the next sync would do,
 * sees a sync held after the scope was narrowed (on the list page and the AD Users tab, with what would be
 * deactivated), approves it after the confirmation, and finds who did what on the Audit page and in a contact's
 * History. Screenshots land in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SafeSyncBrowserIT {

    private static final String PASSWORD = "safe-browser-password";
    private static final String BASE_DN = "DC=safebrowser,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Safe-Browser-Bind-7";
    private static final String SALES_ONLY = "(&(objectCategory=person)(objectClass=user)(department=Sales))";

    private static Browser browser;
    private static LookAlikeDirectory directory;

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());

    @BeforeAll
    static void openBrowserAndDirectory() throws Exception {
        directory = LookAlikeDirectory.start(Path.of("target", "safe-browser-it", "directory.p12"), BASE_DN, 0,
                SERVICE_DN, SERVICE_PASSWORD);
        String people = directory.addContainer("People");
        for (int i = 0; i < 12; i++) {
            directory.addUser(ActiveDirectoryUser.named("W" + i, "Worker", "w" + i + "@safebrowser.example")
                    .withDetails(null, null, "Clerk", i < 2 ? "Sales" : "Support"), people);
        }
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowserAndDirectory() {
        if (browser != null) {
            browser.close();
        }
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    void previewAHeldSyncApproveItAndFindWhoDidWhatInTheAudit() throws Exception {
        try {
            previewHoldApproveAudit();
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("safe-sync-failure");
            throw e;
        }
    }

    private void previewHoldApproveAudit() throws Exception {
        String organizationName = FixtureClient.unique("Safe Browser");
        long organization = fixtures.organization(organizationName);
        String admin = FixtureClient.unique("safe-admin").replace(' ', '-');
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS);
        ApiClient api = ApiClient.signedIn(admin, PASSWORD);
        long id = api.post("syncs", body(organization, null, true)).object().getJsonNumber("id").longValue();
        Polling.await(() -> api.get("syncs/" + id).object(), s -> s.getInt("syncedUsers") == 12);
        WebDriver driver = browser.driver();
        browser.signIn(admin, PASSWORD);

        driver.get(page("admin/ad-sync-edit.xhtml?id=" + id + "&tab=setup"));
        ((JavascriptExecutor) driver).executeScript("PF('limitKindMenu').selectValue('COUNT')");
        browser.type(By.id("setupForm:limitValue_input"), "3");
        browser.click(By.id("setupForm:save"));
        browser.waitUntil(d -> api.get("syncs/" + id).object().getJsonObject("deactivationLimit")
                .getString("kind").equals("COUNT"));
        assertEquals(3, api.get("syncs/" + id).object().getJsonObject("deactivationLimit").getInt("value"));

        directory.server().modify("dn: " + dnOf("w1@safebrowser.example"), "changetype: modify",
                "replace: title", "title: Team Lead");
        driver.get(page("admin/ad-sync-edit.xhtml?id=" + id + "&tab=users"));
        browser.click(By.id("changesForm:preview"));
        awaitText("changesForm:shownHeadline", "Preview completed");
        assertTrue(text("changesForm:shownCounts").contains("1 updated, 0 deactivated"),
                text("changesForm:shownCounts"));
        String preview = text("changesForm:changes");
        assertTrue(preview.contains("W1 Worker") && preview.contains("Title: \"Clerk\" \u2192 \"Team Lead\""),
                preview);
        browser.screenshot("preview");

        api.put("syncs/" + id, body(organization, SALES_ONLY, true));
        driver.get(page("admin/ad-sync-edit.xhtml?id=" + id + "&tab=users"));
        browser.click(By.id("usersForm:forceSync"));
        awaitText("usersForm:resultOutcome", "Forced sync held");
        driver.get(page("admin/ad-sync.xhtml"));
        browser.type(By.id("syncsForm:syncs:organizationColumn:filter"), organizationName);
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[id='history-" + id + "'] .attempt-HELD.pi-pause-circle")));
        browser.screenshot("list-with-held-sync");

        browser.click(By.cssSelector("[id='history-" + id + "'] a:has(.attempt-HELD)"));
        awaitText("changesForm:shownHeadline", "Forced sync held");
        assertTrue(text("changesForm:shownMessage").contains("would deactivate 10 of the 12 synced contacts"),
                text("changesForm:shownMessage"));
        String wouldGo = text("changesForm:changes");
        assertTrue(wouldGo.contains("Deactivate") && wouldGo.contains("W11 Worker"), wouldGo);
        browser.screenshot("held-sync");

        browser.click(By.id("changesForm:approve"));
        browser.waitUntil(d -> "Cancel".equals(d.switchTo().activeElement().getText()));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        assertEquals(12, api.get("syncs/" + id).object().getInt("syncedUsers"), "Enter cancels: nothing approved");
        assertTrue(driver.findElement(By.id("changesForm:reject")).isDisplayed(), "Reject is offered beside Approve");

        browser.click(By.id("changesForm:approve"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        awaitText("changesForm:shownHeadline", "Approved sync succeeded");
        assertTrue(text("changesForm:approvedBy").contains(admin), text("changesForm:approvedBy"));
        assertEquals(2, api.get("syncs/" + id).object().getInt("syncedUsers"));

        driver.get(page("admin/audit.xhtml"));
        browser.type(By.id("auditForm:actor"), admin);
        browser.click(By.id("auditForm:apply"));
        browser.waitUntil(d -> d.findElement(By.id("auditForm:events")).getText().contains("Held sync approved"));
        String audit = text("auditForm:events");
        assertTrue(audit.contains("Sync changed") && audit.contains("Deactivation limit") && audit.contains("Preview")
                && audit.contains("Force Sync") && audit.contains("Console"), audit);
        assertTrue(!driver.getPageSource().contains(SERVICE_PASSWORD), "no page holds the bind password");
        browser.screenshot("audit");

        long contact = api.get("organizations/" + organization + "/contacts?search=w1%40safebrowser.example").object()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        driver.get(page("contact.xhtml?id=" + contact));
        browser.waitUntil(d -> d.findElement(By.id("history")).getText().contains("Team Lead"));
        assertTrue(text("history").contains("AD Sync (approved)"), text("history"));
        browser.screenshot("contact-history");
    }

    private String body(long organization, String filter, boolean enabled) throws Exception {
        JsonObjectBuilder ldap = Json.createObjectBuilder().add("host", "127.0.0.1").add("port", directory.port())
                .add("transport", "LDAPS").add("bindDn", SERVICE_DN).add("bindPassword", SERVICE_PASSWORD)
                .add("baseDn", BASE_DN).add("trustedCertificatesPem", directory.certificatePem());
        if (filter != null) {
            ldap.add("filter", filter);
        }
        return Json.createObjectBuilder().add("organizationId", organization).add("enabled", enabled)
                .add("directoryType", "LDAP").add("ldap", ldap).build().toString();
    }

    private String dnOf(String mail) throws Exception {
        return directory.server().search(BASE_DN, com.unboundid.ldap.sdk.SearchScope.SUB, "(mail=" + mail + ")")
                .getSearchEntries().get(0).getDN();
    }

    private static String page(String path) {
        return ServerUnderTest.consoleUrl().resolve(path).toString();
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private void awaitText(String id, String text) {
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

}
