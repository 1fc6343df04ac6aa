package org.adsync.it.console;

import jakarta.json.Json;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The console as an MSP admin meets it, in a real (headless) Chromium: a sync's progress and result appear without a
 * reload, Save names every problem at once, the list's view lives in its address, a mapping can be removed, the
 * layout works on a phone, the first page is in the browser's time zone, and axe-core finds no critical or serious
 * violation on any page or open dialog at 1440 x 900 and 390 x 844 (screenshots of each in target/screenshots/).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleUsabilityBrowserIT {

    private static final String PASSWORD = "usability-admin-password";
    private static final String BASE_DN = "DC=usability,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Usability-Bind-Secret-7";
    private static final int USERS = 300;
    private static final int PAGE_SIZE = 100;

    private static final PageGate PAGES = new PageGate();
    private static Browser browser;
    private static LookAlikeDirectory directory;
    private static String admin;
    private static ApiClient api;

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());

    @BeforeAll
    static void openBrowserAndDirectory() throws Exception {
        directory = LookAlikeDirectory.start(Path.of("target", "usability-it", "directory.p12"), BASE_DN, 0,
                SERVICE_DN, SERVICE_PASSWORD, PAGES);
        String people = directory.addContainer("People");
        for (int i = 1; i <= USERS; i++) {
            String last = String.format("Person%03d", i);
            directory.addUser(ActiveDirectoryUser.named("Pat", last, last + "@example.test"), people);
        }
        admin = FixtureClient.unique("usability-admin").replace(' ', '-');
        new FixtureClient(ServerUnderTest.consoleUrl()).user(admin, PASSWORD, Permission.values());
        api = ApiClient.signedIn(admin, PASSWORD);
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowserAndDirectory() {
        PAGES.open();
        if (browser != null) {
            browser.close();
        }
        if (directory != null) {
            directory.close();
        }
    }

    @AfterEach
    void openTheGateAndTheWindow() {
        PAGES.open();
        browser.desktop();
    }

    @Test
    void aForcedSyncShowsItsProgressAndThenItsResultWithoutAReload() throws Exception {
        try {
            watchForcedSyncs();
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("failure-live-status");
            throw e;
        }
    }

    private void watchForcedSyncs() throws Exception {
        String organization = FixtureClient.unique("Live");
        long id = sync(organization, false);
        WebDriver driver = browser.driver();
        browser.signIn(admin, PASSWORD);
        driver.get(page("admin/ad-sync.xhtml?name=" + organization.replace(' ', '+')));
        markPage(driver);

        PAGES.close();
        openRowMenu("0");
        browser.click(By.id("syncsForm:syncs:0:force"));
        String running = browser.waitUntil(d -> {
            String text = d.findElement(By.id("syncsForm:syncs:0:liveStatus")).getText();
            return text.contains(PAGE_SIZE + " read") ? text : null;
        });
        assertTrue(running.matches("Running since \\d\\d:\\d\\d \\(100 read\\)"), running);
        browser.screenshot("list-sync-running");
        PAGES.open();
        String result = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("syncsForm:syncs:0:lastResult"))).getText();
        assertTrue(result.startsWith("Forced sync succeeded: 300 read, 300 created"), result);
        assertTrue(samePage(driver), "no reload");

        driver.get(page("admin/ad-sync-edit.xhtml?id=" + id + "&tab=users"));
        markPage(driver);
        PAGES.close();
        browser.click(By.id("usersForm:forceSync"));
        String progress = browser.waitUntil(d -> {
            String text = d.findElement(By.id("usersForm:progressText")).getText();
            return text.contains(PAGE_SIZE + " users read so far") ? text : null;
        });
        assertTrue(progress.contains(PAGE_SIZE + " users read so far"), progress);
        assertTrue(growl(driver).contains("progress and then its result show above the users"), growl(driver));
        PAGES.open();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:resultOutcome"),
                "Forced sync succeeded"));
        String counts = driver.findElement(By.id("usersForm:resultCounts")).getText();
        assertTrue(counts.startsWith("300 read, 0 created"), counts);
        String remarks = driver.findElement(By.id("usersForm:resultMessage")).getText();
        assertFalse(remarks.contains("read,"), "the counts are said once: " + remarks);
        assertTrue(samePage(driver), "no reload");
    }

    @Test
    void saveNamesEveryProblemBesideItsFieldAndAsksToTestFirst() throws Exception {
        try {
            saveWithProblems();
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("failure-validation");
            throw e;
        }
    }

    private void saveWithProblems() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Untested"));
        WebDriver driver = browser.driver();
        browser.signIn(admin, PASSWORD);
        driver.get(page("admin/ad-sync-edit.xhtml"));
        browser.click(By.id("setupForm:save"));
        assertEquals("Choose an organization", fieldMessage("organizationId"));
        for (String field : List.of("host", "bindDn", "bindPassword", "baseDn")) {
            assertFalse(fieldMessage(field).isBlank(), field + " is flagged too");
        }
        String growl = growl(driver);
        assertTrue(growl.contains("fields need attention"), growl);
        assertFalse(growl.contains("Choose an organization"), "the growl summarises; the fields say what: " + growl);
        assertFalse(driver.getPageSource().contains("No organization 0"), "no internal id");
        browser.screenshot("setup-every-problem");

        ((JavascriptExecutor) driver).executeScript("PF('organizationMenu').selectValue(arguments[0])",
                Long.toString(organization));
        browser.replaceText(By.id("setupForm:host"), "127.0.0.1");
        browser.replaceText(By.id("setupForm:port_input"), Integer.toString(directory.port()));
        browser.replaceText(By.id("setupForm:bindDn"), SERVICE_DN);
        browser.replaceText(By.id("setupForm:bindPassword"), SERVICE_PASSWORD);
        browser.replaceText(By.id("setupForm:baseDn"), BASE_DN);
        browser.type(By.id("setupForm:trustedCertificatesPem"), directory.certificatePem());
        browser.click(By.id("setupForm:save"));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("testFirstDialog")));
        Accessibility.assertNoSeriousViolations(driver, "Test before saving? dialog");
        browser.screenshot("dialog-test-before-saving");
        browser.click(By.id("testFirst"));
        WebElement report = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("setupForm:testResult")));
        assertTrue(report.getText().contains("all steps passed"), report.getText());
        browser.waitUntil(d -> inViewport(d, report));

        browser.click(By.id("setupForm:cancel"));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("leaveDialog")));
        Accessibility.assertNoSeriousViolations(driver, "Leave without saving? dialog");
        browser.screenshot("dialog-leave-without-saving");
        driver.findElement(By.id("stay")).sendKeys(Keys.ESCAPE);
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("leaveDialog")));
        assertTrue(driver.getCurrentUrl().contains("ad-sync-edit"), "Esc stays on the page");
    }

    @Test
    void theListKeepsItsViewInTheAddressAndSaysWhenFiltersMatchNothing() throws Exception {
        try {
            listAddress();
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("failure-list-address");
            throw e;
        }
    }

    private void listAddress() throws Exception {
        String prefix = FixtureClient.unique("Address");
        fixtures.unreachableLdapSync(fixtures.organization(prefix + " A"));
        fixtures.unreachableLdapSync(fixtures.organization(prefix + " B"));
        WebDriver driver = browser.driver();
        browser.signIn(admin, PASSWORD);

        driver.get(page("admin/ad-sync.xhtml?name=no-such-organization-" + prefix.hashCode()));
        String empty = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("syncsForm:syncs:noneMatch"))).getText();
        assertTrue(empty.startsWith("No syncs match these filters"), empty);
        browser.screenshot("list-no-match");
        browser.click(By.id("syncsForm:syncs:clearFilters"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("adSyncIntro")));
        assertFalse(driver.getCurrentUrl().contains("name="), driver.getCurrentUrl());

        browser.type(By.id("syncsForm:syncs:organizationColumn:filter"), prefix);
        browser.waitUntil(d -> d.getCurrentUrl().contains("name=Address+"));
        browser.waitUntil(d -> rows(d) == 2);
        browser.click(By.cssSelector("[id='syncsForm:syncs:organizationColumn'] .ui-column-title"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("sort=organizationName&order=desc"));
        browser.waitUntil(d -> firstRow(d).contains(prefix + " B"));

        browser.click(By.cssSelector("[id='syncsForm:syncs_data'] > tr a[id$=':organization']"));
        browser.waitUntil(ExpectedConditions.urlContains("organization.xhtml"));
        driver.navigate().back();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("adSyncIntro")));
        assertEquals(prefix, driver.findElement(By.id("syncsForm:syncs:organizationColumn:filter"))
                .getAttribute("value"), "Back returns to the same filter");
        assertEquals(2, rows(driver));
        assertTrue(firstRow(driver).contains(prefix + " B"), "and the same sort");
        assertEquals("descending", driver.findElement(By.id("syncsForm:syncs:organizationColumn"))
                .getAttribute("aria-sort"));
    }

    @Test
    void aMappingCanBeRemovedInUserSyncDetailsAndLastChangeMoves() throws Exception {
        try {
            removeMapping();
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("failure-remove-mapping");
            throw e;
        }
    }

    private void removeMapping() throws Exception {
        String organization = FixtureClient.unique("Mapping");
        long id = sync(organization, true);
        Polling.await(() -> api.get("syncs/" + id).object(), s -> s.getInt("syncedUsers") == USERS);
        long userId = api.get("syncs/" + id + "/users?status=SYNCED&size=1").object().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        Instant syncedAt = changedAt(id, userId);
        WebDriver driver = browser.driver();
        browser.signIn(admin, PASSWORD);
        driver.get(page("admin/ad-sync-edit.xhtml?id=" + id + "&tab=users"));

        browser.click(By.id("usersForm:users:0:edit"));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("detailsForm:removeMapping")));
        browser.type(By.id("detailsForm:contactChoice_input"), "Person00");
        WebElement suggestion = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-autocomplete-item")));
        assertTrue(suggestion.getText().contains("@example.test") && suggestion.getText().contains("Active"),
                "namesakes differ by email and state: " + suggestion.getText());
        Accessibility.assertNoSeriousViolations(driver, "User Sync Details with suggestions");
        browser.screenshot("dialog-user-sync-details");
        driver.findElement(By.id("detailsForm:contactChoice_input")).sendKeys(Keys.ESCAPE);
        browser.waitUntil(ExpectedConditions.invisibilityOf(suggestion));
        assertTrue(driver.findElement(By.id("detailsDialog")).isDisplayed(), "Esc closed the suggestions only");
        browser.click(By.id("detailsForm:removeMapping"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("detailsDialog")));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:syncedCount"),
                Integer.toString(USERS - 1)));
        assertTrue(changedAt(id, userId).isAfter(syncedAt), "Last change moves with the admin's change");
        assertEquals("UNMAPPED", api.get("syncs/" + id + "/users/" + userId).object().getString("state"));
    }

    @Test
    void onAPhoneTheMenuFoldsAwayAndTheContentHasTheWidth() throws Exception {
        try {
            phone();
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("failure-phone");
            throw e;
        }
    }

    private void phone() throws Exception {
        WebDriver driver = browser.driver();
        browser.signIn(admin, PASSWORD);
        browser.viewport(390, 844);
        driver.get(page("admin/ad-sync.xhtml"));
        assertFalse(driver.findElement(By.id("consoleNav")).isDisplayed(), "the menu is folded away");
        assertTrue(driver.findElement(By.id("main")).getSize().getWidth() >= 360, "the content has the width");
        assertNoSidewaysScroll(driver, "AD Sync list");
        browser.click(By.id("menuToggle"));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("navAdSync")));
        assertEquals("true", driver.findElement(By.id("menuToggle")).getAttribute("aria-expanded"));
        browser.screenshot("phone-menu-open");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("navAdSync")));
    }

    @Test
    void theFirstPageAfterSignInShowsTimesInTheBrowsersZone() {
        browser.timeZone("America/New_York");
        try {
            browser.signIn(admin, PASSWORD);
            assertEquals("America/New_York", browser.driver().findElement(By.id("timeZone")).getText());
        } finally {
            browser.timeZone("UTC");
        }
    }

    @Test
    void noPageOrDialogHasACriticalOrSeriousAccessibilityViolationOnADesktopOrAPhone() throws Exception {
        String organization = FixtureClient.unique("Axe");
        long id = sync(organization, true);
        Polling.await(() -> api.get("syncs/" + id).object(), s -> s.getInt("syncedUsers") == USERS);
        String technician = FixtureClient.unique("technician").replace(' ', '-');
        fixtures.user(technician, PASSWORD, Permission.VIEW_ORGANIZATIONS);
        try {
            for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
                browser.desktop();
                checkEveryPage(id, technician, size[0], size[1]);
            }
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("failure-accessibility");
            throw e;
        }
    }

    private void checkEveryPage(long id, String technician, int width, int height) throws Exception {
        WebDriver driver = browser.driver();
        String size = width + "x" + height;
        driver.manage().deleteAllCookies();
        browser.viewport(width, height);
        driver.get(page("admin/ad-sync.xhtml"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        check(driver, size, "login");
        browser.type(By.id("username"), admin);
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("signIn"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("adSyncIntro")));
        check(driver, size, "ad-sync-list");
        openRowMenu("0");
        browser.click(By.id("syncsForm:syncs:0:remove"));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("removeWarning")));
        check(driver, size, "dialog-remove-sync");
        driver.findElement(By.id("removeForm:cancelRemove")).sendKeys(Keys.ESCAPE);
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("removeWarning")));

        for (String path : List.of("admin/ad-sync-edit.xhtml", "admin/ad-sync-edit.xhtml?id=" + id,
                "index.xhtml", "organizations.xhtml", "contacts.xhtml", "admin/billing-products.xhtml",
                "admin/security.xhtml", "admin/single-sign-on.xhtml", "admin/audit.xhtml", "change-password.xhtml")) {
            driver.get(page(path));
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            check(driver, size, path.replaceAll("[^a-z]+", "-").replaceAll("-xhtml|^admin-", ""));
        }
        checkDialog(size, "organizations.xhtml", "organizationsForm:addOrganization", "organizationDialog");
        checkDialog(size, "organizations.xhtml", "organizationsForm:showImport", "importDialog");
        checkDialog(size, "admin/billing-products.xhtml", "productsForm:addProduct", "productDialog");
        checkDialog(size, "admin/security.xhtml", "usersForm:addUser", "userDialog");
        checkDialog(size, "admin/security.xhtml", "levelsForm:addLevel", "levelDialog");
        driver.get(page("admin/ad-sync-edit.xhtml?id=" + id + "&tab=users"));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("usersForm:users")));
        check(driver, size, "ad-users-tab");
        browser.click(By.id("usersForm:users:0:edit"));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("detailsForm:saveDetails")));
        check(driver, size, "dialog-user-sync-details");

        driver.manage().deleteAllCookies();
        driver.get(page("admin/ad-sync.xhtml"));
        browser.type(By.id("username"), technician);
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("signIn"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("errorMessage")));
        check(driver, size, "forbidden");
    }

    /** Opens the dialog on its page, checks it, and closes it with Esc. */
    private static void checkDialog(String size, String path, String button, String dialog) throws Exception {
        WebDriver driver = browser.driver();
        driver.get(page(path));
        browser.click(By.id(button));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id(dialog)));
        check(driver, size, "dialog-" + dialog.replace("Dialog", ""));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform(); // to whatever has the focus, a file input too
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id(dialog)));
    }

    private static void check(WebDriver driver, String size, String name) throws Exception {
        browser.screenshot(size + "-" + name);
        Accessibility.assertNoSeriousViolations(driver, name + " at " + size);
        if (size.startsWith("390")) {
            assertNoSidewaysScroll(driver, name);
        }
    }

    /** A page wider than the phone would need scrolling sideways to read; a wide table scrolls in its own box. */
    private static void assertNoSidewaysScroll(WebDriver driver, String name) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        Number overflow = (Number) script.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow.intValue() > 1) {
            Object wide = script.executeScript("var width = document.documentElement.clientWidth;"
                    + "return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > width + 1 && e.children.length === 0)"
                    + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
            fail(name + " scrolls sideways by " + overflow + " px; wider than the screen: " + wide);
        }
    }

    /** An LDAP sync of a new organization with the test directory, read 100 users a page; answers its id. */
    private long sync(String organizationName, boolean enabled) throws Exception {
        long organization = fixtures.organization(organizationName);
        String body = Json.createObjectBuilder().add("organizationId", organization).add("enabled", enabled)
                .add("directoryType", "LDAP").add("ldap", Json.createObjectBuilder().add("host", "127.0.0.1")
                        .add("port", directory.port()).add("transport", "LDAPS").add("bindDn", SERVICE_DN)
                        .add("bindPassword", SERVICE_PASSWORD).add("baseDn", BASE_DN).add("pageSize", PAGE_SIZE)
                        .add("trustedCertificatesPem", directory.certificatePem()))
                .build().toString();
        var created = api.post("syncs", body);
        assertEquals(201, created.status(), created.body());
        return created.object().getJsonNumber("id").longValue();
    }

    private static Instant changedAt(long id, long userId) {
        String changed = api.get("syncs/" + id + "/users/" + userId).object().getString("changedAt");
        assertNotNull(changed);
        return Instant.parse(changed);
    }

    private void openRowMenu(String index) {
        By menu = By.id("syncsForm:syncs:" + index + ":rowMenu_menu");
        browser.waitUntil(d -> {
            if (!d.findElement(menu).isDisplayed()) {
                d.findElement(By.id("syncsForm:syncs:" + index + ":rowMenu_button")).click();
            }
            return d.findElement(menu).isDisplayed();
        });
    }

    private String fieldMessage(String field) {
        By message = By.cssSelector(".field:has([id='setupForm:" + field + "']) .ui-message");
        return browser.waitUntil(d -> {
            String text = d.findElement(message).getText().strip();
            return text.isEmpty() ? null : text;
        });
    }

    private static String growl(WebDriver driver) {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[id='messages_container']"))).getText();
    }

    private static void markPage(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.adsyncSamePage = true");
    }

    private static boolean samePage(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.adsyncSamePage"));
    }

    private static boolean inViewport(WebDriver driver, WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;",
                element));
    }

    private static int rows(WebDriver driver) {
        return driver.findElements(By.cssSelector(
                "[id='syncsForm:syncs_data'] > tr:not(.ui-datatable-empty-message)")).size();
    }

    private static String firstRow(WebDriver driver) {
        return driver.findElement(By.cssSelector("[id='syncsForm:syncs_data'] > tr")).getText();
    }

    private static String page(String path) {
        return ServerUnderTest.consoleUrl().resolve(path).toString();
    }
}
