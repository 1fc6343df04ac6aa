package org.adsync.it.console;

import org.adsync.it.RawHttp;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in as an attacker would try it: a session id planted before sign-in is worthless after it, guessing is
 * throttled with a message that says when to try again, and every response carries the browser security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInSecurityIT {

    private static final String PASSWORD = "sign-in security password";

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());

    private String admin() {
        String admin = FixtureClient.unique("sec-admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS);
        return admin;
    }

    @Test
    void theSessionIdChangesAtSignInAndThePlantedOneOpensNothing() {
        String admin = admin();
        ConsoleSession victim = new ConsoleSession(ServerUnderTest.consoleUrl());
        victim.get("admin/ad-sync.xhtml");
        String planted = victim.sessionId().orElseThrow(() -> new AssertionError("the login page keeps a session"));

        HttpResponse<String> signedIn = victim.postLogin(admin, PASSWORD);

        assertTrue(signedIn.body().contains("adSyncIntro"), "the victim reaches the page first asked for");
        assertNotEquals(planted, victim.sessionId().orElseThrow(), "a new session id after sign-in");
        HttpResponse<String> attacker = send(HttpRequest.newBuilder(ServerUnderTest.consoleUrl()
                .resolve("admin/ad-sync.xhtml")).header("Cookie", "JSESSIONID=" + planted).GET().build());
        assertFalse(attacker.body().contains("adSyncIntro"), "the planted id is not signed in");
        assertTrue(attacker.body().contains("j_security_check"));
    }

    @Test
    void aSignInFormPostedFromAnotherSiteSignsNoOneIn() {
        String attacker = admin();
        String origin = ServerUnderTest.consoleUrl().getScheme() + "://" + ServerUnderTest.consoleUrl().getAuthority();
        for (List<String> header : List.of(List.of("Origin", "https://evil.example"), List.of("Origin", "null"),
                List.of("Sec-Fetch-Site", "cross-site"))) {
            ConsoleSession victim = new ConsoleSession(ServerUnderTest.consoleUrl());
            victim.get("admin/ad-sync.xhtml");
            victim.send(loginForm(attacker).header(header.get(0), header.get(1)).build());
            assertFalse(victim.get("admin/ad-sync.xhtml").body().contains("adSyncIntro"), header
                    + ": another site cannot sign the browser in as its own user (login CSRF)");
        }
        ConsoleSession own = new ConsoleSession(ServerUnderTest.consoleUrl());
        own.get("admin/ad-sync.xhtml");
        own.send(loginForm(attacker).header("Origin", origin).header("Sec-Fetch-Site", "same-origin").build());
        assertTrue(own.get("admin/ad-sync.xhtml").body().contains("adSyncIntro"), "this site's own form signs in");
    }

    @Test
    void aChangeOfPasswordEndsTheUsersOtherSessions() {
        String user = admin();
        ConsoleSession other = new ConsoleSession(ServerUnderTest.consoleUrl());
        assertTrue(other.signIn("admin/ad-sync.xhtml", user, PASSWORD).body().contains("adSyncIntro"));

        var changed = ApiClient.anonymous().withPassword(user, PASSWORD).put("me/password",
                "{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"sign-in security, renewed by heron\"}");

        assertEquals(204, changed.status(), changed::toString);
        assertFalse(other.get("admin/ad-sync.xhtml").body().contains("adSyncIntro"), "the older session ended");
        assertTrue(new ConsoleSession(ServerUnderTest.consoleUrl()).signIn("admin/ad-sync.xhtml", user,
                "sign-in security, renewed by heron").body().contains("adSyncIntro"));
    }

    private static HttpRequest.Builder loginForm(String username) {
        return HttpRequest.newBuilder(ServerUnderTest.consoleUrl().resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(username,
                        StandardCharsets.UTF_8) + "&j_password=" + URLEncoder.encode(PASSWORD,
                        StandardCharsets.UTF_8)));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndThePageSaysHowLong() {
        String admin = admin();
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = session.signIn("admin/ad-sync.xhtml", admin, "guess " + i);
            assertTrue(wrong.body().contains("The username or password is not correct."), wrong::body);
        }

        HttpResponse<String> throttled = session.signIn("admin/ad-sync.xhtml", admin, PASSWORD);

        assertTrue(throttled.body().contains("Too many failed sign-ins for this user or from this address. "
                + "Try again in"), throttled::body);
        assertEquals(429, throttled.statusCode());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
        assertFalse(session.get("admin/ad-sync.xhtml").body().contains("adSyncIntro"), "still signed out");
    }

    @Test
    void aSuccessfulSignInForgetsTheFailuresBeforeIt() {
        String admin = admin();
        for (int i = 0; i < 4; i++) {
            new ConsoleSession(ServerUnderTest.consoleUrl()).signIn("index.xhtml", admin, "guess " + i);
        }
        assertTrue(new ConsoleSession(ServerUnderTest.consoleUrl()).signIn("admin/ad-sync.xhtml", admin, PASSWORD)
                .body().contains("adSyncIntro"));
        for (int i = 0; i < 4; i++) {
            new ConsoleSession(ServerUnderTest.consoleUrl()).signIn("index.xhtml", admin, "guess " + i);
        }

        HttpResponse<String> fifth = new ConsoleSession(ServerUnderTest.consoleUrl())
                .signIn("admin/ad-sync.xhtml", admin, PASSWORD);

        assertEquals(200, fifth.statusCode());
        assertTrue(fifth.body().contains("adSyncIntro"), "four new failures cost nothing");
    }

    @Test
    void theLoginPageAConsolePageAStaticResourceAndTheApiCarryTheSecurityHeaders() {
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());
        HttpResponse<String> login = session.get("admin/ad-sync.xhtml");
        HttpResponse<String> page = session.postLogin(admin(), PASSWORD);
        HttpResponse<String> stylesheet = session.get("jakarta.faces.resource/css/console.css.xhtml");
        HttpResponse<String> api = session.get("api/syncs");

        for (HttpResponse<String> response : List.of(login, page, stylesheet, api)) {
            String what = response.uri() + " (" + response.statusCode() + ")";
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
            assertTrue(policy.contains("object-src 'none'"), what);
            assertFalse(policy.contains("unsafe-eval"), what);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), what);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), what);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), what);
            assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "not over HTTP");
        }
        assertTrue(page.body().contains("adSyncIntro"));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(null), "no copy of a page kept");
        assertEquals("no-store", api.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(200, stylesheet.statusCode());
        assertEquals(401, api.statusCode());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOverHttps() throws Exception {
        HttpResponse<String> overHttp = new ConsoleSession(ServerUnderTest.consoleUrl()).get("admin/ad-sync.xhtml");
        HttpResponse<String> overHttps = ConsoleSession.overHttps(ServerUnderTest.consoleHttpsUrl())
                .get("admin/ad-sync.xhtml");

        String httpCookie = sessionCookie(overHttp);
        String httpsCookie = sessionCookie(overHttps);
        assertTrue(httpCookie.contains("HttpOnly"), httpCookie);
        assertTrue(httpCookie.contains("SameSite=Lax"), httpCookie);
        assertFalse(httpCookie.toLowerCase(Locale.ROOT).contains("; secure"),
                "a cookie marked Secure would not come back over HTTP");
        assertTrue(httpsCookie.toLowerCase(Locale.ROOT).contains("; secure") && httpsCookie.contains("HttpOnly"),
                httpsCookie);
        assertTrue(overHttps.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
                "HSTS over HTTPS");
    }

    @Test
    void aPageKeptOpenPastItsSessionSaysSoInsteadOfAnError() {
        ConsoleSession session = new ConsoleSession(ServerUnderTest.consoleUrl());
        session.signIn("admin/ad-sync.xhtml", admin(), PASSWORD);

        HttpResponse<String> stale = session.send(HttpRequest.newBuilder(session.resolve("admin/ad-sync.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("syncListForm=syncListForm"
                        + "&jakarta.faces.ViewState=-1234567890123456789%3A987654321")).build());

        HttpResponse<String> staleAjax = session.send(HttpRequest.newBuilder(session.resolve("admin/ad-sync.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"
                        + "&jakarta.faces.source=syncListForm&jakarta.faces.partial.execute=%40all"
                        + "&syncListForm=syncListForm&jakarta.faces.ViewState=-1234567890123456789%3A987654321"))
                .build());

        String shown = stale.body().substring(stale.body().indexOf("<body"));
        assertTrue(shown.contains("Your session expired"), stale::body);
        assertFalse(shown.contains("Exception"), "no exception's name where the page shows it: " + shown);
        assertTrue(staleAjax.body().contains("<redirect url=\"/adsync/session-expired.xhtml"), staleAjax::body);
    }

    @Test
    void aRedirectNeverTakesItsHostFromAForgedHostHeader() {
        String contextRoot = RawHttp.exchange(ServerUnderTest.consoleUrl().getPort(),
                "GET /adsync HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        String signInPage = RawHttp.exchange(ServerUnderTest.consoleUrl().getPort(),
                "GET /adsync/ HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");

        String user = admin();
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        String signedIn = RawHttp.exchange(ServerUnderTest.consoleUrl().getPort(),
                "POST /adsync/j_security_check HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                        + "\r\n\r\n" + form);
        String refused = RawHttp.exchange(ServerUnderTest.consoleUrl().getPort(),
                "POST /adsync/j_security_check HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 25\r\n\r\n"
                        + "j_username=x&j_password=y");
        assertTrue(signedIn.lines().anyMatch(line -> line.startsWith("Location: /adsync/")), signedIn);

        for (String answer : List.of(contextRoot, signInPage, signedIn, refused)) {
            assertFalse(answer.lines().anyMatch(line -> line.startsWith("Location:")
                    && line.contains("attacker.example")), answer);
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        }
    }
}
