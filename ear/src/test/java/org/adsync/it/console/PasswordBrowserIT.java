package org.adsync.it.console;

import jakarta.json.JsonObject;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user given a one-time password signs in to the console in a real (headless) Chromium, finds nothing open but
 * the page where they choose their own password, and once they have, the console is theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordBrowserIT {

    private static final String PASSWORD = "password-browser-manager";
    private static final String CHOSEN = "my own long passphrase";

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
    void aOneTimePasswordOpensOnlyThePasswordPageUntilTheUserChoseTheirOwn() throws Exception {
        FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
        String manager = FixtureClient.unique("manager").replace(' ', '-');
        fixtures.user(manager, PASSWORD, Permission.MANAGE_CONSOLE_USERS, Permission.VIEW_ORGANIZATIONS,
                Permission.CONFIGURE_MICROSOFT_EXTENSIONS); // nobody gives what they do not hold
        ApiClient api = ApiClient.signedIn(manager, PASSWORD);
        long viewers = api.post("security-levels", "{\"name\": \"" + FixtureClient.unique("Viewers")
                + "\", \"permissions\": [\"VIEW_ORGANIZATIONS\", \"CONFIGURE_MICROSOFT_EXTENSIONS\"]}").object()
                .getJsonNumber("id").longValue();
        String username = FixtureClient.unique("newcomer").replace(' ', '-');
        JsonObject added = api.post("users", "{\"username\": \"" + username + "\", \"securityLevelId\": " + viewers
                + "}").object();
        WebDriver driver = browser.driver();

        driver.manage().deleteAllCookies();
        driver.get(ServerUnderTest.consoleUrl().resolve("organizations.xhtml").toString());
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), added.getString("oneTimePassword"));
        browser.click(By.id("signIn"));

        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("oneTimeNotice")));
        browser.screenshot("change-password-one-time");
        driver.get(ServerUnderTest.consoleUrl().resolve("organizations.xhtml").toString());
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("oneTimeNotice")));
        assertTrue(driver.getCurrentUrl().endsWith("/change-password.xhtml"), driver.getCurrentUrl());

        browser.type(By.id("passwordForm:currentPassword"), added.getString("oneTimePassword"));
        browser.type(By.id("passwordForm:newPassword"), "short");
        browser.type(By.id("passwordForm:repeatedPassword"), "short");
        browser.click(By.id("passwordForm:changePassword"));
        String refusal = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-message-error"))).getText();
        assertTrue(refusal.contains("at least 12"), refusal);

        browser.type(By.id("passwordForm:currentPassword"), added.getString("oneTimePassword"));
        browser.type(By.id("passwordForm:newPassword"), CHOSEN);
        browser.type(By.id("passwordForm:repeatedPassword"), CHOSEN);
        browser.click(By.id("passwordForm:changePassword"));

        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Password changed"));
        browser.screenshot("change-password-done");
        driver.get(ServerUnderTest.consoleUrl().resolve("organizations.xhtml").toString());
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("organizationsForm")));
        assertEquals(200, ApiClient.anonymous().withPassword(username, CHOSEN).get("syncs").status(),
                "the API takes the password the user chose");
    }
}
