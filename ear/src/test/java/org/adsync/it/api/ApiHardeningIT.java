package org.adsync.it.api;

import jakarta.json.JsonObject;
import org.adsync.it.RawHttp;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient.Answer;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API as an attacker or a careless script would use it: password guessing, a browser page of another site
 * using a remembered password, malformed parameters and huge bodies. Each gets a problem document that says what
 * to do, never a page, a stack trace or the wrong status.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiHardeningIT {

    private static final String PASSWORD = "api hardening password";

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private final ApiClient anonymous = ApiClient.anonymous();

    private String admin() {
        String admin = FixtureClient.unique("hardening-admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        return admin;
    }

    @Test
    void afterFiveWrongPasswordsBasicAnswers429WithRetryAfterWhileATokenStillWorks() {
        String admin = admin();
        ApiClient token = anonymous.withToken(anonymous.withPassword(admin, PASSWORD)
                .post("tokens", "{\"name\": \"hardening\"}").object().getString("token"));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, anonymous.withPassword(admin, "guess " + i).get("syncs").status());
        }

        Answer throttled = anonymous.withPassword(admin, PASSWORD).get("syncs");

        JsonObject problem = assertProblem(throttled, 429, "too-many-sign-ins");
        assertTrue(Long.parseLong(throttled.header("Retry-After").orElseThrow()) > 0, throttled::toString);
        assertTrue(problem.getString("detail").contains("try again in"), throttled::toString);
        assertEquals(200, token.get("syncs").status(), "tokens are not throttled");
    }

    @Test
    void aTokenCannotMintATokenThatOutlivesIt() {
        String admin = admin();
        JsonObject dayToken = anonymous.withPassword(admin, PASSWORD).post("tokens", "{\"name\": \"one day\", "
                + "\"daysValid\": 1}").object();
        ApiClient oneDay = anonymous.withToken(dayToken.getString("token"));
        Instant dayEnds = Instant.parse(dayToken.getJsonObject("details").getString("expiresAt"));

        for (String asked : List.of("{\"name\": \"forever\"}", "{\"name\": \"a year\", \"daysValid\": 365}")) {
            Answer minted = oneDay.post("tokens", asked);
            assertEquals(201, minted.status(), minted::toString);
            Instant ends = Instant.parse(minted.object().getJsonObject("details").getString("expiresAt"));
            assertFalse(ends.isAfter(dayEnds), asked + " ends with the token that made it: " + minted);
        }
        JsonObject withPassword = anonymous.withPassword(admin, PASSWORD).post("tokens", "{\"name\": \"kept\"}")
                .object().getJsonObject("details");
        assertFalse(withPassword.containsKey("expiresAt") && !withPassword.isNull("expiresAt"),
                "a password may still make a token that lasts until revoked: " + withPassword);
    }

    @Test
    void basicCredentialsFromABrowserAreRefusedAndBrowsersAreNeverAskedForThem() {
        String admin = admin();
        String basic = "Basic " + Base64.getEncoder().encodeToString((admin + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> crossSite = send(request("syncs/1/force").header("Authorization", basic)
                .header("Origin", "https://attacker.example").header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "no-cors").POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> browserWithout = send(request("syncs").header("Sec-Fetch-Mode", "navigate").GET());
        HttpResponse<String> scriptWithout = send(request("syncs").GET());

        assertEquals(401, crossSite.statusCode(), crossSite::body);
        assertTrue(crossSite.body().contains("HTTP Basic is for scripts"), crossSite::body);
        assertEquals(401, browserWithout.statusCode());
        assertFalse(browserWithout.headers().allValues("WWW-Authenticate").stream()
                .anyMatch(challenge -> challenge.startsWith("Basic")), "no password prompt in a browser");
        assertTrue(scriptWithout.headers().allValues("WWW-Authenticate").stream()
                .anyMatch(challenge -> challenge.startsWith("Basic")), "scripts are told Basic works");
    }

    @Test
    void malformedPathAndQueryParametersAre400NamingThem() {
        ApiClient admin = anonymous.withPassword(admin(), PASSWORD);

        Answer path = admin.get("syncs/abc");
        Answer query = admin.get("syncs?page=99999999999");

        assertEquals("id", assertProblem(path, 400, "invalid-request").getString("field"));
        assertEquals("page", assertProblem(query, 400, "invalid-request").getString("field"));
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsAnnouncedOrNot() {
        String basic = "Basic " + Base64.getEncoder().encodeToString((admin() + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        byte[] huge = ("{\"name\": \"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> announced = send(request("tokens").header("Authorization", basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
        HttpResponse<String> streamed = send(request("tokens").header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));

        for (HttpResponse<String> answer : List.of(announced, streamed)) {
            assertEquals(413, answer.statusCode(), answer::body);
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null));
            assertTrue(answer.body().contains("payload-too-large"), answer::body);
        }
    }

    @Test
    void aLocationHeaderIsAPathNeverTheHostOfAForgedHostHeader() {
        String basic = Base64.getEncoder().encodeToString((admin() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String body = "{\"name\": \"located\"}";

        String answer = RawHttp.exchange(ServerUnderTest.consoleUrl().getPort(), "POST /adsync/api/tokens HTTP/1.1\r\n"
                + "Host: attacker.example\r\nAuthorization: Basic " + basic + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n"
                + "Connection: close\r\n\r\n" + body);

        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        assertTrue(answer.contains("\r\nLocation: /adsync/api/tokens/"), answer);
        assertFalse(answer.contains("attacker.example"), answer);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(ServerUnderTest.consoleUrl().resolve("api/" + path))
                .header("Accept", "application/json, application/problem+json");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject assertProblem(Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals("application/problem+json", answer.contentType(), answer::toString);
        JsonObject problem = answer.object();
        assertTrue(problem.getString("type").endsWith(":" + type), answer::toString);
        return problem;
    }
}
