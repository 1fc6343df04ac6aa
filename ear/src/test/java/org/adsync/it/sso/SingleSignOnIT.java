package org.adsync.it.sso;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.console.Browser;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Console sign-in through a real Keycloak ({@link KeycloakServer}), set up as an administrator would through the
 * API: the realm's adsync-admins role gives Administrator, adsync-technicians gives Technician, helpdesk nothing. In
 * Chromium, each kind of user signs in and gets what their role gives, and signing out ends Keycloak's session too;
 * over HTTP, step by step, a changed state, a code sent twice and a disabled user are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnIT {

    private static final String ADMIN_PASSWORD = "single sign-on admin password";
    private static final String ALICE = "alice.admin";
    private static final String ALICE_PASSWORD = "alice-sso-passphrase";

    private static KeycloakServer keycloak;
    private static Browser browser;
    private static ApiClient api;
    private static String admin;

    @BeforeAll
    static void startKeycloakAndSetUpSingleSignOn() throws Exception {
        keycloak = KeycloakServer.start();
        admin = FixtureClient.unique("sso-admin").replace(' ', '-');
        new FixtureClient(ServerUnderTest.consoleUrl()).user(admin, ADMIN_PASSWORD, Permission.values());
        api = ApiClient.signedIn(admin, ADMIN_PASSWORD);
        ApiClient.Answer saved = api.put("single-sign-on", settings(true, List.of()).toString());
        assertEquals(200, saved.status(), saved::toString);
        browser = new Browser();
    }

    @AfterAll
    static void removeSingleSignOnAndStop() {
        if (api != null) {
            api.delete("single-sign-on");
        }
        if (browser != null) {
            browser.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private static JsonObject settings(boolean localSignInForAll, List<String> breakGlass) {
        JsonArrayBuilder breakGlassUsers = Json.createArrayBuilder();
        breakGlass.forEach(breakGlassUsers::add);
        return Json.createObjectBuilder()
                .add("preset", "KEYCLOAK")
                .add("issuer", KeycloakServer.issuer())
                .add("clientId", KeycloakServer.CLIENT_ID)
                .add("clientSecret", KeycloakServer.CLIENT_SECRET)
                .add("enabled", true)
                .add("localSignInForAll", localSignInForAll)
                .add("breakGlassUsers", breakGlassUsers)
                .add("levelMappings", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("claimValue", "adsync-admins")
                                .add("securityLevel", "Administrator"))
                        .add(Json.createObjectBuilder().add("claimValue", "adsync-technicians")
                                .add("securityLevel", "Technician")))
                .build();
    }

    @Test
    @Order(1)
    void theSettingsNeverShowTheClientSecretAndNameTheUrisToRegister() {
        JsonObject shown = api.get("single-sign-on").object();

        assertFalse(shown.toString().contains(KeycloakServer.CLIENT_SECRET), shown::toString);
        assertTrue(shown.getJsonObject("current").getBoolean("clientSecretStored"));
        assertEquals(ServerUnderTest.consoleUrl() + "sso/callback", shown.getString("redirectUri"));
        ApiClient.Answer otherIssuer = api.put("single-sign-on", Json.createObjectBuilder(settings(true, List.of()))
                .add("issuer", "http://127.0.0.1:" + KeycloakServer.PORT + "/realms/master")
                .remove("clientSecret").build().toString());
        assertEquals(400, otherIssuer.status(), "a stored secret is not sent to another issuer");
        assertTrue(otherIssuer.body().contains("client secret again"), otherIssuer::toString);
    }

    @Test
    @Order(2)
    void anAdministratorSignsInThroughKeycloakAndReachesTheAdSyncPage() throws Exception {
        WebDriver driver = freshBrowser();
        driver.get(ServerUnderTest.consoleUrl().resolve("admin/ad-sync.xhtml").toString());
        browser.click(By.id("signInWithProvider"));
        signInAtKeycloak(ALICE, ALICE_PASSWORD);

        shown(By.id("adSyncIntro"));
        browser.screenshot("sso-administrator");
        assertTrue(driver.findElements(By.id("changeOwnPassword")).isEmpty(), "no password here to change");
        JsonObject alice = user(ALICE);
        assertEquals("Administrator", alice.getString("securityLevel"));
        assertTrue(alice.getBoolean("signsInThroughProvider"), alice::toString);
        assertEquals("alice.admin@msp.example", alice.getString("email"));
        String audited = api.get("audit?user=" + ALICE + "&kind=SIGNED_IN").object().getJsonArray("items")
                .getJsonObject(0).getString("details");
        assertTrue(audited.contains(KeycloakServer.issuer()) && audited.contains("adsync-admins")
                && audited.contains("→ Administrator"), audited);
    }

    @Test
    @Order(3)
    void aTechnicianGetsTheTechniciansViewAndNoAdministration() {
        WebDriver driver = freshBrowser();
        driver.get(ServerUnderTest.consoleUrl().resolve("organizations.xhtml").toString());
        browser.click(By.id("signInWithProvider"));
        signInAtKeycloak("tom.tech", "tom-sso-passphrase");

        shown(By.id("organizationsForm:organizations"));
        assertTrue(driver.findElements(By.id("navAdSync")).isEmpty(), "no AD Sync in the technician's menu");
        driver.get(ServerUnderTest.consoleUrl().resolve("admin/ad-sync.xhtml").toString());
        shown(By.id("errorMessage"));
        assertEquals("Technician", user("tom.tech").getString("securityLevel"));
    }

    @Test
    @Order(4)
    void aUserInNoMappedRoleIsRefusedAndToldWhichRolesKeycloakSent() throws Exception {
        WebDriver driver = freshBrowser();
        driver.get(ServerUnderTest.consoleUrl().resolve("login.xhtml").toString());
        browser.click(By.id("signInWithProvider"));
        signInAtKeycloak("hank.helpdesk", "hank-sso-passphrase");

        String refusal = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("ssoRefusal")))
                .getText();
        browser.screenshot("sso-refused");
        assertTrue(refusal.contains("None of your groups or roles") && refusal.contains("administrator must map"),
                refusal);
        assertTrue(driver.findElement(By.id("groupsSeen")).getText().contains("helpdesk"));
        assertTrue(api.get("users").array().stream().noneMatch(user -> user.asJsonObject().getString("username")
                .equals("hank.helpdesk")), "no console user was created");
    }

    @Test
    @Order(5)
    void signingOutEndsKeycloaksSessionToo() {
        WebDriver driver = freshBrowser();
        driver.get(ServerUnderTest.consoleUrl().resolve("admin/ad-sync.xhtml").toString());
        browser.click(By.id("signInWithProvider"));
        signInAtKeycloak(ALICE, ALICE_PASSWORD);
        shown(By.id("adSyncIntro"));

        browser.click(By.id("userForm:signOut"));
        shown(By.id("signInWithProvider"));
        assertTrue(driver.getCurrentUrl().startsWith(ServerUnderTest.consoleUrl().toString()), driver.getCurrentUrl());
        browser.click(By.id("signInWithProvider"));
        shown(By.id("kc-form-login"));
        assertTrue(driver.getCurrentUrl().startsWith(KeycloakServer.issuer()), "Keycloak asks for the password "
                + "again: its session ended with adsync's");
    }

    @Test
    @Order(6)
    void aChangedStateIsRefused() {
        HttpSignIn browserOverHttp = new HttpSignIn(ServerUnderTest.consoleUrl());
        URI authorization = HttpSignIn.withParameter(browserOverHttp.start(), "state", "forged-state");

        URI callback = browserOverHttp.atProvider(authorization, ALICE, ALICE_PASSWORD);
        HttpResponse<String> page = browserOverHttp.follow(callback);

        assertTrue(page.uri().getPath().endsWith("/sso-refused.xhtml"), page.uri()::toString);
        assertTrue(page.body().contains("its state was changed on the way"), page::body);
    }

    @Test
    @Order(6)
    void openingSignInWithTheProviderCreatesNoServerSessionAndKeepsTheSignInSealedInTheBrowser() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (int i = 0; i < 3; i++) {
            HttpResponse<Void> started = anonymous.send(HttpRequest.newBuilder(ServerUnderTest.consoleUrl()
                    .resolve("sso/sign-in")).build(), HttpResponse.BodyHandlers.discarding());

            assertEquals(302, started.statusCode());
            List<String> cookies = started.headers().allValues("Set-Cookie");
            assertTrue(cookies.stream().noneMatch(cookie -> cookie.startsWith("JSESSIONID")), cookies::toString);
            String state = HttpSignIn.parameter(URI.create(started.headers().firstValue("Location").orElseThrow()),
                    "state");
            String pending = cookies.stream().filter(cookie -> cookie.startsWith("adsync_sso_" + state + "="))
                    .findFirst().orElseThrow(() -> new AssertionError("no sign-in cookie: " + cookies));
            assertTrue(pending.contains("HttpOnly") && pending.toLowerCase(Locale.ROOT)
                    .contains("path=/adsync/sso/callback"), pending);
            String value = pending.substring(pending.indexOf('=') + 1, pending.indexOf(';'));
            assertFalse(value.contains(state) || value.length() < 200, "sealed, nothing in clear: " + pending);
        }
    }

    @Test
    @Order(6)
    void aCallbackWithoutASessionShowsTheRefusalPageInEveryShapeNeverAnError() {
        for (String query : List.of("state=abc&code=def", "error=access_denied&state=x", "code=def", "state=abc",
                "", "error=login_required")) {
            HttpSignIn noCookies = new HttpSignIn(ServerUnderTest.consoleUrl());
            HttpResponse<String> page = noCookies.follow(ServerUnderTest.consoleUrl().resolve("sso/callback"
                    + (query.isEmpty() ? "" : "?" + query)));

            assertEquals(200, page.statusCode(), query + ": " + page.body());
            assertTrue(page.uri().getPath().endsWith("/sso-refused.xhtml"), query + ": " + page.uri());
            assertTrue(page.body().contains("Your sign-in took too long or was started in another browser; sign in "
                    + "again."), query + ": " + page.body());
            assertTrue(page.body().contains("backToSignIn"), page::body);
        }
    }

    @Test
    @Order(7)
    void aCodeSentAgainIsRefusedWhetherWithItsOwnStateOrWithANewOne() {
        HttpSignIn browserOverHttp = new HttpSignIn(ServerUnderTest.consoleUrl());
        URI callback = browserOverHttp.atProvider(browserOverHttp.start(), ALICE, ALICE_PASSWORD);
        HttpResponse<String> signedIn = browserOverHttp.follow(callback);
        assertTrue(signedIn.body().contains("signOut"), "signed in: " + signedIn.uri());

        HttpResponse<String> sameAgain = browserOverHttp.follow(callback);
        assertTrue(sameAgain.body().contains("was finished already"), sameAgain::body);

        URI fresh = browserOverHttp.atProvider(browserOverHttp.start(), ALICE, ALICE_PASSWORD);
        URI oldCodeNewState = HttpSignIn.withParameter(fresh, "code", HttpSignIn.parameter(callback, "code"));
        HttpResponse<String> replayed = browserOverHttp.follow(oldCodeNewState);
        assertTrue(replayed.uri().getPath().endsWith("/sso-refused.xhtml"), replayed.uri()::toString);
        assertTrue(replayed.body().contains("The provider refused the sign-in"), replayed::body);
    }

    @Test
    @Order(8)
    void withLocalSignInOffOnlyTheBreakGlassAccountSignsInWithAPassword() {
        String local = FixtureClient.unique("sso-local").replace(' ', '-');
        new FixtureClient(ServerUnderTest.consoleUrl()).user(local, ADMIN_PASSWORD, Permission.values());
        try {
            assertEquals(200, api.put("single-sign-on", settings(false, List.of(admin)).toString()).status());

            assertEquals(401, ApiClient.anonymous().withPassword(local, ADMIN_PASSWORD).get("organizations")
                    .status(), "a local user who is not a break-glass account");
            assertEquals(200, api.get("organizations").status(), "the break-glass account");
        } finally {
            assertEquals(200, api.put("single-sign-on", settings(true, List.of()).toString()).status());
        }
        assertEquals(200, ApiClient.anonymous().withPassword(local, ADMIN_PASSWORD).get("organizations").status());
    }

    @Test
    @Order(9)
    void aSignOutAtKeycloakEndsTheAdsyncSessionThroughTheBackChannelAndAForgedTokenIsRefused() throws Exception {
        HttpSignIn browserOverHttp = new HttpSignIn(ServerUnderTest.consoleUrl());
        assertTrue(browserOverHttp.signIn("tom.tech", "tom-sso-passphrase").body().contains("signOut"));
        URI page = ServerUnderTest.consoleUrl().resolve("organizations.xhtml");
        assertFalse(browserOverHttp.follow(page).body().contains("j_security_check"), "signed in");

        keycloak.signOutEverywhere("tom.tech");

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> browserOverHttp.follow(page).body()
                .contains("j_security_check"));
        String audited = api.get("audit?user=tom.tech&kind=SIGNED_OUT_BY_PROVIDER").body();
        assertTrue(audited.contains("back-channel logout"), audited);

        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                ServerUnderTest.consoleUrl().resolve("sso/backchannel-logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forged.statusCode(), forged::body);
    }

    @Test
    @Order(10)
    void aUserDisabledInKeycloakIsSignedOutHereAtTheNextCheckOfTheSession() throws Exception {
        HttpSignIn browserOverHttp = new HttpSignIn(ServerUnderTest.consoleUrl());
        assertTrue(browserOverHttp.signIn("tom.tech", "tom-sso-passphrase").body().contains("signOut"));
        URI page = ServerUnderTest.consoleUrl().resolve("organizations.xhtml");

        keycloak.disable("tom.tech"); // Keycloak tells no client: only asking it again finds out

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> browserOverHttp.follow(page).body().contains("j_security_check"));
        String audited = api.get("audit?user=tom.tech&kind=SIGNED_OUT_BY_PROVIDER").body();
        assertTrue(audited.contains("session checked again with the provider and ended"), audited);
    }

    @Test
    @Order(11)
    void aDisabledUserIsSignedOutAtOnceAndCannotSignInThroughKeycloak() {
        HttpSignIn browserOverHttp = new HttpSignIn(ServerUnderTest.consoleUrl());
        assertTrue(browserOverHttp.signIn(ALICE, ALICE_PASSWORD).body().contains("signOut"));
        long id = user(ALICE).getJsonNumber("id").longValue();

        assertEquals(200, api.post("users/" + id + "/disable").status());

        HttpResponse<String> next = browserOverHttp.follow(ServerUnderTest.consoleUrl().resolve("organizations.xhtml"));
        assertTrue(next.body().contains("j_security_check"), "the session ended: " + next.uri());
        HttpResponse<String> again = browserOverHttp.signIn(ALICE, ALICE_PASSWORD);
        assertTrue(again.body().contains("is disabled"), again::body);
    }

    @Test
    @Order(12)
    void anAdministratorSeesTheSettingsOnTheConsolePageAndRenamesTheSignInButton() throws Exception {
        WebDriver driver = freshBrowser();
        browser.signIn(admin, ADMIN_PASSWORD);
        driver.get(ServerUnderTest.consoleUrl().resolve("admin/single-sign-on.xhtml").toString());

        shown(By.id("ssoForm:saveSso"));
        assertEquals(ServerUnderTest.consoleUrl() + "sso/callback", driver.findElement(By.id("redirectUri")).getText());
        assertEquals(KeycloakServer.issuer(), driver.findElement(By.id("ssoForm:issuer")).getAttribute("value"));
        assertEquals("", driver.findElement(By.id("ssoForm:clientSecret")).getAttribute("value"), "write-only");
        assertEquals("adsync-admins", driver.findElement(By.id("ssoForm:levelMappings:0:claimValue"))
                .getAttribute("value"));
        browser.screenshot("sso-settings");
        browser.replaceText(By.id("ssoForm:displayName"), "MSP Keycloak");
        browser.click(By.id("ssoForm:saveSso"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages_container"),
                "Single sign-on saved"));

        freshBrowser().get(ServerUnderTest.consoleUrl().resolve("login.xhtml").toString());
        shown(By.id("signInWithProvider"));
        assertEquals("Sign in with MSP Keycloak", driver.findElement(By.id("signInWithProvider")).getText());
        assertTrue(api.get("single-sign-on").object().getJsonObject("current").getBoolean("clientSecretStored"),
                "saving without typing the secret again kept it");
    }

    @Test
    @Order(13)
    void theAuditTrailNeverMixesUpAProviderUserWithAnEarlierUserOfTheSameName() throws Exception {
        String hank = "hank.helpdesk"; // a local user of that name signs in; then Keycloak's hank tries
        new FixtureClient(ServerUnderTest.consoleUrl()).user(hank, "hank's local password 7Qx", Permission.values());
        ApiClient.signedIn(hank, "hank's local password 7Qx");
        new HttpSignIn(ServerUnderTest.consoleUrl()).signIn(hank, "hank-sso-passphrase"); // refused: no mapped role
        String subject = keycloak.subjectOf(hank);

        List<JsonObject> byName = api.get("audit?user=" + hank).object().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(byName.stream().anyMatch(event -> !event.containsKey("actorSubject")
                && "TOKEN_CREATED".equals(event.getString("kind"))), "the local user's token: " + byName);
        assertTrue(byName.stream().anyMatch(event -> subject.equals(event.getString("actorSubject", null))),
                "Keycloak's hank, told apart by the subject: " + byName);
        List<JsonObject> bySubject = api.get("audit?subject=" + subject).object().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertFalse(bySubject.isEmpty());
        for (JsonObject event : bySubject) {
            assertEquals("SIGN_IN_FAILED", event.getString("kind"), "only Keycloak's hank, never the local one");
            assertEquals(hank, event.getString("actor"));
            assertEquals(KeycloakServer.issuer(), event.getString("actorIssuer"));
        }
    }

    /** A browser that knows neither adsync nor Keycloak: the cookies of both sites deleted, path by path. */
    private static WebDriver freshBrowser() {
        WebDriver driver = browser.driver();
        driver.get(KeycloakServer.issuer() + "/.well-known/openid-configuration");
        driver.manage().deleteAllCookies();
        driver.get(ServerUnderTest.consoleUrl().resolve("login.xhtml").toString());
        driver.manage().deleteAllCookies();
        return driver;
    }

    /** Waits for the element; if it does not come, says which page the browser is on instead. */
    private static void shown(By element) {
        try {
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(element));
        } catch (org.openqa.selenium.TimeoutException e) {
            String page = browser.driver().getPageSource();
            throw new AssertionError(element + " not shown; the browser is on " + browser.driver().getCurrentUrl()
                    + ": " + page.substring(0, Math.min(3000, page.length())), e);
        }
    }

    private static void signInAtKeycloak(String username, String password) {
        shown(By.id("kc-form-login"));
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.click(By.id("kc-login"));
    }

    private static JsonObject user(String username) {
        return api.get("users").array().stream().map(JsonObject.class::cast)
                .filter(user -> user.getString("username").equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no console user " + username));
    }
}
