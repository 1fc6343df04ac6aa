package org.adsync.it.console;

import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.EntraLookAlike;
import org.adsync.demo.directory.EntraUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.ServerUnderTest;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An MSP admin in a real (headless) Chromium sets up an LDAP sync against an Active Directory look-alike over
 * LDAPS, tests the connection, saves, forces a sync, resolves one conflict by mapping and one by Ignore, sorts the
 * list by conflicts and removes a sync after the confirmation; and sets up an Entra ID sync against the Entra ID
 * look-alike. Screenshots of the main pages land in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdSyncBrowserIT {

    private static final String PASSWORD = "browser-admin-password";
    private static final String BASE_DN = "DC=browser,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Browser-Bind-Secret-9";
    private static final String SCRIPT_NAME = "<script>window.injected=1</script>";
    private static final String ENTRA_TENANT = "3b1f5c2a-7d4e-4f60-9a8b-1c2d3e4f5a6b";
    private static final String ENTRA_CLIENT = "4c2a6d3b-8e5f-4071-8b9c-2d3e4f5a6b7c";
    private static final String ENTRA_SECRET = "Zx9~browser-entra-secret";

    private static Browser browser;
    private static LookAlikeDirectory directory;

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());

    @BeforeAll
    static void openBrowserAndDirectory() throws Exception {
        directory = LookAlikeDirectory.start(Path.of("target", "browser-it", "directory.p12"), BASE_DN, 0,
                SERVICE_DN, SERVICE_PASSWORD);
        String people = directory.addContainer("People");
        directory.addUser(ActiveDirectoryUser.named("Ada", "Lovelace", "Lovelace@example.test"), people);
        directory.addUser(ActiveDirectoryUser.named("Grace", "Hopper", "Hopper@example.test"), people);
        directory.addUser(ActiveDirectoryUser.named("Alan", "Turing", "alan@example.test"), people);
        directory.addUser(ActiveDirectoryUser.named("Alan", "Turing-Twin", "alan@example.test"), people);
        directory.addUser(ActiveDirectoryUser.named("Mallory", SCRIPT_NAME, "mallory@example.test"), people);
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
    void setUpAnLdapSyncSyncItResolveItsConflictsSortTheListAndRemoveIt() throws Exception {
        try {
            setUpSyncResolveSortRemove();
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("failure");
            throw e;
        }
    }

    private void setUpSyncResolveSortRemove() throws Exception {
        String prefix = FixtureClient.unique("Browser");
        String quiet = prefix + " A-Quiet";
        String contoso = prefix + " B-Contoso";
        fixtures.unreachableLdapSync(fixtures.organization(quiet));
        long organization = fixtures.organization(contoso, "Lovelace", "Hopper", "Turing");
        String admin = FixtureClient.unique("sync-admin").replace(' ', '-');
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS);
        WebDriver driver = browser.driver();

        browser.signIn(admin, PASSWORD);
        browser.click(By.id("syncsForm:add"));
        browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Add AD Sync"));

        ((JavascriptExecutor) driver).executeScript("PF('organizationMenu').selectValue(arguments[0])",
                Long.toString(organization));
        browser.type(By.id("setupForm:host"), "127.0.0.1");
        browser.type(By.id("setupForm:port_input"), Integer.toString(directory.port()));
        browser.type(By.id("setupForm:bindDn"), SERVICE_DN);
        browser.type(By.id("setupForm:bindPassword"), SERVICE_PASSWORD);
        browser.type(By.id("setupForm:baseDn"), BASE_DN);
        browser.type(By.id("setupForm:trustedCertificatesPem"), directory.certificatePem());
        browser.click(By.id("setupForm:testConnection"));
        String report = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("setupForm:testResult"))).getText();
        assertTrue(report.contains("all steps passed"), report);
        assertTrue(report.contains("Users in scope"), report);
        browser.screenshot("setup-tab");

        browser.click(By.id("setupForm:save"));
        browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "AD Sync of " + contoso));
        String syncPage = driver.getCurrentUrl();
        browser.click(By.cssSelector("label[for='setupForm:directoryType:1']"));
        String typeChange = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("setupForm:directoryTypeChange"))).getText();
        assertTrue(typeChange.contains("forgets the users read from the current directory"), typeChange);
        browser.click(By.cssSelector("label[for='setupForm:directoryType:0']"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("setupForm:directoryTypeChange")));
        browser.click(By.id("usersTab"));
        awaitText("usersForm:resultOutcome", "First sync succeeded");
        browser.click(By.id("usersForm:forceSync"));
        awaitText("usersForm:resultOutcome", "Forced sync succeeded");
        assertTrue(driver.findElement(By.id("usersForm:resultCounts")).getText().contains("2 conflicts"));
        String users = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("usersForm:users")))
                .getText();
        assertTrue(users.contains("Lovelace") && users.contains("Hopper") && users.contains(SCRIPT_NAME), users);
        assertNull(((JavascriptExecutor) driver).executeScript("return window.injected"),
                "a directory value was shown as text, not run");
        browser.screenshot("ad-users-tab");
        browser.click(By.id("usersForm:exportCsv"));
        Path csv = browser.downloads().resolve(contoso + " - AD users - " + LocalDate.now(ZoneOffset.UTC) + ".csv");
        browser.waitUntil(d -> Files.exists(csv) && csv.toFile().length() > 0);
        String exported = Files.readString(csv);
        assertTrue(exported.startsWith("\uFEFF\"Name\",\"Email\"") && exported.contains("\"Lovelace@example.test\"")
                && exported.contains(SCRIPT_NAME) && exported.contains("Shares the email address"), exported);

        assertEquals(List.of("3", "2"), listCounts(driver, prefix, contoso));
        assertTrue(firstRow(driver).contains(quiet), "sorted by organization at first");
        assertTrue(firstRow(driver).contains("None"), "a sync without a billing product says so");
        browser.click(By.id("syncsForm:syncs:conflictsColumn"));
        browser.waitUntil(ExpectedConditions.attributeContains(By.id("syncsForm:syncs:conflictsColumn"),
                "aria-sort", "ascending"));
        browser.click(By.id("syncsForm:syncs:conflictsColumn"));
        browser.waitUntil(ExpectedConditions.attributeContains(By.id("syncsForm:syncs:conflictsColumn"),
                "aria-sort", "descending"));
        browser.waitUntil(d -> firstRow(d).contains(contoso));
        browser.screenshot("ad-sync-list");

        driver.get(syncPage.replace("tab=setup", "") + (syncPage.contains("?") ? "&" : "?") + "tab=users");
        openDetails("Alan Turing");
        browser.type(By.id("detailsForm:contactChoice_input"), "Turing");
        browser.click(By.xpath("//*[contains(@class,'ui-autocomplete-item') and contains(., 'Turing@example.test')]"));
        browser.screenshot("user-sync-details");
        browser.click(By.id("detailsForm:saveDetails"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("detailsDialog")));
        awaitText("usersForm:conflictCount", "1");
        openDetails("Alan Turing-Twin");
        browser.click(By.cssSelector("[id='detailsForm:ignore'] .ui-chkbox-box"));
        assertTrue(driver.findElement(By.id("ignoreWarning")).getText().contains("skips"));
        browser.click(By.id("detailsForm:saveDetails"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("detailsDialog")));
        awaitText("usersForm:conflictCount", "0");

        assertEquals(List.of("4", "0"), listCounts(driver, prefix, contoso),
                "one conflict mapped (one more synced user), one ignored");

        removeRowOf(quiet);
        browser.waitUntil(d -> !d.findElement(By.id("syncsForm:syncs")).getText().contains(quiet));
        assertTrue(driver.findElement(By.id("syncsForm:syncs")).getText().contains(contoso));
    }

    @Test
    void setUpAnEntraSyncTestItAndSeeTheSecretWarningInTheList() throws Exception {
        try (EntraLookAlike tenant = EntraLookAlike.start(Path.of("target", "browser-it", "entra.p12"), ENTRA_TENANT,
                "northwind.example", ENTRA_CLIENT, ENTRA_SECRET)) {
            tenant.put(EntraUser.member("00000000-0000-4000-8000-00000000e001", "Ada", "Lovelace", "example.test"));
            tenant.put(EntraUser.member("00000000-0000-4000-8000-00000000e002", "Nina", "New", "example.test"));
            setUpEntraSync(tenant);
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("failure-entra");
            throw e;
        }
    }

    private void setUpEntraSync(EntraLookAlike tenant) throws Exception {
        String prefix = FixtureClient.unique("Entra");
        String northwind = prefix + " Northwind";
        long organization = fixtures.organization(northwind, "Lovelace");
        String admin = FixtureClient.unique("entra-admin").replace(' ', '-');
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS);
        WebDriver driver = browser.driver();
        JavascriptExecutor script = (JavascriptExecutor) driver;

        browser.signIn(admin, PASSWORD);
        browser.click(By.id("syncsForm:add"));
        browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Add AD Sync"));
        script.executeScript("PF('organizationMenu').selectValue(arguments[0])", Long.toString(organization));
        browser.click(By.cssSelector("label[for='setupForm:directoryType:1']"));
        browser.type(By.id("setupForm:azureTenantId"), ENTRA_TENANT);
        browser.type(By.id("setupForm:azureClientId"), ENTRA_CLIENT);
        browser.type(By.id("setupForm:azureClientSecret"), ENTRA_SECRET);
        browser.choose("setupForm:azureCloud", "Other hosts");
        browser.type(By.id("setupForm:azureLoginHost"), tenant.host());
        browser.type(By.id("setupForm:azureGraphHost"), tenant.host());
        browser.type(By.id("setupForm:azureTrustedCertificatesPem"), tenant.certificatePem());
        // last: the date picker keeps the focus after Esc, and would take what is typed next
        String inTenDays = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        browser.type(By.id("setupForm:azureClientSecretExpiresOn_input"), inTenDays + Keys.ESCAPE);
        browser.click(By.id("setupForm:testConnection"));
        String report = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("setupForm:testResult"))).getText();
        assertTrue(report.contains("all steps passed") && report.contains("2 member users"), report);
        assertTrue(driver.findElement(By.id("setupForm:azureClientSecret")).getAttribute("value").isEmpty(),
                "the secret is never sent back to the browser");
        browser.screenshot("setup-tab-entra");

        browser.click(By.id("setupForm:save"));
        browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "AD Sync of " + northwind));
        browser.click(By.id("usersTab"));
        awaitText("usersForm:resultOutcome", "First sync succeeded");
        String users = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("usersForm:users")))
                .getText();
        assertTrue(users.contains("Lovelace") && users.contains("New"), users);
        assertTrue(!driver.getPageSource().contains(ENTRA_SECRET), "no page holds the client secret");

        driver.get(ServerUnderTest.consoleUrl().resolve("admin/ad-sync.xhtml").toString());
        browser.type(By.id("syncsForm:syncs:organizationColumn:filter"), prefix);
        WebElement row = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td//*[normalize-space(text())='" + northwind + "']]")));
        String secret = row.findElement(By.xpath(".//*[contains(@id,':secret')]")).getText();
        assertEquals("Client secret expires within 30 days", secret.strip());
        assertTrue(row.findElement(By.xpath(".//*[contains(@class,'ssl-status')]")).getAttribute("class")
                .contains("severity-warning"), "about to expire is a warning (amber), not an error (red)");
        assertTrue(row.findElement(By.xpath(".//*[contains(@title,'expires on " + inTenDays + "')]")).isDisplayed());
        browser.screenshot("ad-sync-list-entra");
    }

    private static String firstRow(WebDriver driver) {
        return driver.findElement(By.cssSelector("[id='syncsForm:syncs_data'] > tr")).getText();
    }

    /** The Sync'd Users and Conflicts of that organization on the list page, filtered to this test's rows. */
    private List<String> listCounts(WebDriver driver, String prefix, String organization) {
        filterList(driver, prefix);
        WebElement row = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td//*[normalize-space(text())='" + organization + "']]")));
        return List.of(row.findElement(By.xpath(".//*[contains(@id,':syncedUsers')]")).getText(),
                row.findElement(By.xpath(".//*[contains(@id,':conflicts')]")).getText());
    }

    private void filterList(WebDriver driver, String prefix) {
        driver.get(ServerUnderTest.consoleUrl().resolve("admin/ad-sync.xhtml").toString());
        browser.type(By.id("syncsForm:syncs:organizationColumn:filter"), prefix);
        browser.waitUntil(d -> d.findElements(By.cssSelector("[id='syncsForm:syncs_data'] > tr")).size() == 2);
    }

    private void removeRowOf(String organization) {
        WebElement row = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td//*[normalize-space(text())='" + organization + "']]")));
        String index = row.getAttribute("data-ri");
        // Leaving the filter for the button filters once more and re-renders the rows, closing a menu just opened:
        // click until the menu stays open.
        By menu = By.id("syncsForm:syncs:" + index + ":rowMenu_menu");
        browser.waitUntil(d -> {
            if (!d.findElement(menu).isDisplayed()) {
                d.findElement(By.id("syncsForm:syncs:" + index + ":rowMenu_button")).click();
            }
            return d.findElement(menu).isDisplayed();
        });
        browser.click(By.id("syncsForm:syncs:" + index + ":remove"));
        String warning = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("removeWarning")))
                .getText();
        assertTrue(warning.contains(organization) && warning.contains("cannot be undone")
                && warning.contains("sync history"), warning);
        browser.click(By.id("removeForm:confirmRemove"));
    }

    private void openDetails(String name) {
        browser.click(By.xpath("//tr[td//*[normalize-space(text())='" + name + "']]//button[contains(@id,':edit')]"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("detailsForm:detailsName"), name));
    }

    private void awaitText(String id, String text) {
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

}
