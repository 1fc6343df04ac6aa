package org.adsync.it.console;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A console user in a real (headless) Chromium: sign in, find an organization, open it, see its contacts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationPageBrowserIT {

    private static final String PASSWORD = "browser-test-password";

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void signInFindTheOrganizationAndSeeItsContactsWithDirectoryTextShownAsText() {
        FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
        String username = FixtureClient.unique("viewer").replace(' ', '-');
        fixtures.user(username, PASSWORD, Permission.VIEW_ORGANIZATIONS);
        String organization = FixtureClient.unique("Browser Org");
        fixtures.organization(organization, "Lovelace", "<script>window.injected=1</script>");
        WebDriver driver = browser.driver();

        driver.get(ServerUnderTest.consoleUrl().resolve("organizations.xhtml").toString());
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("signIn"));

        browser.type(By.id("organizationsForm:organizations:globalFilter"), organization);
        browser.click(By.linkText(organization));

        browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), organization));
        String table = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("contactsForm:contacts"))).getText();
        assertTrue(table.contains("Lovelace"), table);
        assertTrue(table.contains("<script>window.injected=1</script>"), "shown as text: " + table);
        assertNull(((JavascriptExecutor) driver).executeScript("return window.injected"),
                "the contact's name was not run as a script");
        assertEquals("2", driver.findElement(By.id("allContacts")).getText());
        assertEquals(username, driver.findElement(By.id("userForm:userName")).getText());
        assertFalse(driver.getPageSource().contains("navAdSync"), "no AD Sync menu without the permission");
    }

    @Test
    void anAdministratorAddsEditsImportsAndDeactivatesOrganizations() throws Exception {
        FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
        String username = FixtureClient.unique("crm-admin").replace(' ', '-');
        fixtures.user(username, PASSWORD, Permission.VIEW_ORGANIZATIONS, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        String added = FixtureClient.unique("Added");
        String existing = FixtureClient.unique("Existing");
        fixtures.organization(existing);
        String imported = FixtureClient.unique("Imported");
        Path csv = Files.createTempFile(Path.of("target"), "organizations", ".csv");
        Files.writeString(csv, "name,external id\n" + imported + ",CRM-9\n" + existing.toUpperCase() + ",\n");
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(ServerUnderTest.consoleUrl().resolve("organizations.xhtml").toString());
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("signIn"));

        browser.click(By.id("organizationsForm:addOrganization"));
        browser.type(By.id("organizationForm:name"), added);
        browser.type(By.id("organizationForm:externalId"), "CRM-1");
        browser.click(By.id("organizationForm:saveOrganization"));
        browser.replaceText(By.id("organizationsForm:organizations:globalFilter"), added);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(
                By.id("organizationsForm:organizations"), "CRM-1"));

        browser.click(By.id("organizationsForm:showImport"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("importForm:csvFile")))
                .sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.id("importForm:previewImport"));
        String preview = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("importForm:importPreview"))).getText();
        browser.screenshot("organization-import-preview");
        assertTrue(preview.contains("exists already"), preview);
        assertTrue(preview.contains(imported), preview);
        browser.click(By.id("importForm:confirmImport"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "1 organizations imported"));

        browser.replaceText(By.id("organizationsForm:organizations:globalFilter"), imported);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(
                By.id("organizationsForm:organizations"), "CRM-9"));
        browser.click(By.cssSelector("[id$=':deactivate']"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Organization deactivated"));
        browser.waitUntil(driver1 -> {
            var filter = driver1.findElement(By.id("organizationsForm:organizations:globalFilter"));
            filter.clear();
            filter.sendKeys(imported);
            return driver1.findElement(By.id("organizationsForm:organizations")).getText().contains("(inactive)");
        });
        browser.screenshot("organizations-managed");
        Files.delete(csv);
    }
}
