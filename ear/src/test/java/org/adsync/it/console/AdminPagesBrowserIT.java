package org.adsync.it.console;

import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Admin > Security and Admin > Contact Billing Products in a real (headless) Chromium: what an administrator of a
 * new installation does before the first sync.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesBrowserIT {

    private static final String PASSWORD = "admin-pages-password";

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
    void aUserManagerAddsALevelAndAUserAndHandsOverTheOneTimePassword() throws Exception {
        try {
            addLevelAndUser();
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("failure-security");
            throw e;
        }
    }

    @Test
    void anAdministratorAddsTheDefaultBillingProduct() throws Exception {
        try {
            addDefaultBillingProduct();
        } catch (AssertionError | RuntimeException e) {
            browser.keepFailure("failure-billing-products");
            throw e;
        }
    }

    private void addLevelAndUser() throws Exception {
        signInAs(Permission.MANAGE_CONSOLE_USERS, Permission.VIEW_ORGANIZATIONS); // gives only what they hold
        WebDriver driver = browser.driver();
        driver.get(ServerUnderTest.consoleUrl().resolve("admin/security.xhtml").toString());
        String level = FixtureClient.unique("Helpdesk");

        browser.click(By.id("levelsForm:addLevel"));
        browser.type(By.id("levelForm:levelName"), level);
        browser.click(By.xpath("//label[text()='View organizations']"));
        browser.click(By.id("levelForm:saveLevel"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("levelsForm:levels"), level));

        String newcomer = FixtureClient.unique("helpdesk").replace(' ', '-');
        browser.click(By.id("usersForm:addUser"));
        browser.type(By.id("consoleUserForm:username"), newcomer);
        browser.type(By.id("consoleUserForm:email"), "helpdesk@example.com");
        browser.choose("consoleUserForm:securityLevelId", level);
        browser.click(By.id("consoleUserForm:saveUser"));
        String oneTime = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("oneTimePassword")))
                .getText();
        browser.screenshot("security-one-time-password");
        assertEquals(19, oneTime.length(), oneTime);
        browser.click(By.id("passwordForm:closePassword"));
        browser.replaceText(By.id("usersForm:users:usernameColumn:filter"), newcomer);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:users"), newcomer));
        browser.screenshot("security");
        assertFalse(driver.findElements(By.cssSelector("[id$=':resetPassword']")).isEmpty(),
                "a user within the manager's own permissions can be reset");
        browser.replaceText(By.id("usersForm:users:usernameColumn:filter"), "it-admin");
        browser.waitUntil(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.id("usersForm:users"), newcomer)));
        assertTrue(driver.findElements(By.cssSelector("[id$=':resetPassword'], [id$=':disableUser']")).isEmpty(),
                "no reset or disable is offered beside an administrator, who holds more than this manager");

        var withOneTime = ApiClient.anonymous().withPassword(newcomer, oneTime).get("organizations");
        assertEquals(403, withOneTime.status(), "the one-time password is the user's, and only the console's");
        assertFalse(driver.getPageSource().contains(oneTime), "shown once, then gone from the page");
    }

    private void addDefaultBillingProduct() throws Exception {
        signInAs(Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        WebDriver driver = browser.driver();
        driver.get(ServerUnderTest.consoleUrl().resolve("admin/billing-products.xhtml").toString());
        String product = FixtureClient.unique("Managed seat");

        browser.click(By.id("productsForm:addProduct"));
        browser.type(By.id("productForm:name"), Keys.ESCAPE.toString());
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("productDialog")));
        browser.click(By.id("productsForm:addProduct"));
        browser.type(By.id("productForm:name"), product);
        browser.click(By.cssSelector("[id='productForm:defaultForNewSyncs'] .ui-toggleswitch-slider"));
        browser.click(By.id("productForm:saveProduct"));

        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("productsForm:products"),
                product));
        browser.screenshot("billing-products");
        assertTrue(driver.findElement(By.xpath("//tr[td[contains(., '" + product + "')]]//span[contains(@class,"
                + " 'pi-check')]")).isDisplayed(), "marked as the default");
    }

    private static void signInAs(Permission... permissions) {
        String username = FixtureClient.unique("admin-pages").replace(' ', '-');
        new FixtureClient(ServerUnderTest.consoleUrl()).user(username, PASSWORD, permissions);
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(ServerUnderTest.consoleUrl().resolve("index.xhtml").toString());
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("signIn"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("userForm:userName")));
    }
}
