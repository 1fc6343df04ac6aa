package org.adsync.it.api;

import jakarta.json.JsonObject;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient.Answer;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real installation's console users, managed through the API by a user with "Admin: manage console users": added
 * with a one-time password, disabled (their tokens stop at once), deleted only before they ever signed in; and
 * every user's own password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiUsersIT {

    private static final String PASSWORD = "users api password 4";

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private final ApiClient anonymous = ApiClient.anonymous();
    private ApiClient manager;
    private long apiLevel;

    @BeforeEach
    void signInAsAManagerOfUsers() {
        String name = FixtureClient.unique("user-manager");
        fixtures.user(name, PASSWORD, Permission.MANAGE_CONSOLE_USERS, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        manager = ApiClient.signedIn(name, PASSWORD);
        Answer level = manager.post("security-levels", "{\"name\": \"" + FixtureClient.unique("API users")
                + "\", \"permissions\": [\"CONFIGURE_MICROSOFT_EXTENSIONS\"]}");
        assertEquals(201, level.status(), level::toString);
        apiLevel = level.object().getJsonNumber("id").longValue();
    }

    @Test
    void aUserAddedWithoutAPasswordGetsAOneTimePasswordThatOnlyTheConsoleTakes() {
        String username = FixtureClient.unique("newcomer");

        Answer added = manager.post("users", "{\"username\": \"" + username + "\", \"displayName\": \"New Comer\", "
                + "\"email\": \"new.comer@example.com\", \"securityLevelId\": " + apiLevel + "}");

        assertEquals(201, added.status(), added::toString);
        JsonObject user = added.object().getJsonObject("user");
        assertTrue(user.getBoolean("mustChangePassword"));
        assertEquals("/adsync/api/users/" + user.getJsonNumber("id").longValue(),
                added.header("Location").orElseThrow());
        String oneTime = added.object().getString("oneTimePassword");
        Answer withOneTime = anonymous.withPassword(username, oneTime).get("syncs");
        assertEquals(403, withOneTime.status(), withOneTime::toString);
        assertTrue(withOneTime.object().getString("type").endsWith(":password-change-required"));
        assertFalse(manager.get("users/" + user.getJsonNumber("id").longValue()).body().contains(oneTime),
                "the one-time password is answered once, never again");
    }

    @Test
    void aUserWhoMayOnlyManageUsersCannotGiveThemselvesOrAnyoneMoreNorTouchAnAdministrator() {
        String name = FixtureClient.unique("delegate");
        fixtures.user(name, PASSWORD, Permission.MANAGE_CONSOLE_USERS);
        ApiClient delegate = ApiClient.signedIn(name, PASSWORD);
        JsonObject self = delegate.get("users").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(name)).findFirst().orElseThrow();
        long ownLevel = self.getJsonNumber("securityLevelId").longValue();
        long administrators = levelNamed(delegate, "Administrator");
        long admin = delegate.get("users").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("it-admin")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();

        refused(delegate.put("security-levels/" + ownLevel, "{\"name\": \"" + self.getString("securityLevel")
                + "\", \"permissions\": [\"MANAGE_CONSOLE_USERS\", \"CONFIGURE_MICROSOFT_EXTENSIONS\"]}"),
                "nobody may change the security level they are in");
        assertEquals(403, delegate.get("syncs").status(), "the level was not extended");
        refused(delegate.post("security-levels", "{\"name\": \"" + FixtureClient.unique("Wide")
                + "\", \"permissions\": [\"CONFIGURE_MICROSOFT_EXTENSIONS\"]}"), "nobody may grant a permission");
        refused(delegate.put("users/" + self.getJsonNumber("id").longValue(), "{\"securityLevelId\": "
                + administrators + "}"), "nobody may change their own level");
        refused(delegate.post("users/" + admin + "/reset-password"), "it-admin's level holds");
        refused(delegate.post("users/" + admin + "/disable"), "it-admin's level holds");
        assertTrue(manager.get("users/" + admin).object().getBoolean("enabled"));
        String audit = manager.get("audit?size=20").body();
        assertTrue(audit.contains("DELEGATION_REFUSED"), audit);
    }

    private static long levelNamed(ApiClient client, String name) {
        return client.get("security-levels").array().getValuesAs(JsonObject.class).stream()
                .filter(level -> level.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static void refused(Answer answer, String rule) {
        JsonObject problem = problem(answer, 403, "delegation-refused");
        assertTrue(problem.getString("detail").contains(rule), problem::toString);
    }

    @Test
    void aDisabledUsersTokenStopsAtOnceAndOnlyAUserWhoNeverSignedInIsDeleted() {
        String username = FixtureClient.unique("scripter");
        long id = manager.post("users", "{\"username\": \"" + username + "\", \"securityLevelId\": " + apiLevel
                + ", \"password\": \"" + PASSWORD + "\"}").object().getJsonObject("user").getJsonNumber("id")
                .longValue();
        ApiClient script = ApiClient.signedIn(username, PASSWORD);
        assertEquals(200, script.get("syncs").status());

        assertFalse(manager.post("users/" + id + "/disable").object().getBoolean("enabled"));
        assertEquals(401, script.get("syncs").status(), "the token stops with its user");
        assertTrue(manager.post("users/" + id + "/enable").object().getBoolean("enabled"));
        assertEquals(200, script.get("syncs").status());

        JsonObject signedInBefore = problem(manager.delete("users/" + id), 409, "in-use");
        assertTrue(signedInBefore.getString("detail").contains("disable the user instead"), signedInBefore::toString);
        long mistake = manager.post("users", "{\"username\": \"" + FixtureClient.unique("typo") + "\", "
                + "\"securityLevelId\": " + apiLevel + "}").object().getJsonObject("user").getJsonNumber("id")
                .longValue();
        assertEquals(204, manager.delete("users/" + mistake).status());
        assertEquals(404, manager.get("users/" + mistake).status());
    }

    @Test
    void everyUserChangesTheirOwnPasswordWithTheCurrentOne() {
        String username = FixtureClient.unique("changer");
        manager.post("users", "{\"username\": \"" + username + "\", \"securityLevelId\": " + apiLevel
                + ", \"password\": \"" + PASSWORD + "\"}");
        ApiClient user = anonymous.withPassword(username, PASSWORD);

        assertEquals("currentPassword", problem(user.put("me/password", "{\"currentPassword\": \"wrong guess!!\", "
                + "\"newPassword\": \"a brand new passphrase\"}"), 400, "invalid-request").getString("field"));
        assertEquals("newPassword", problem(user.put("me/password", "{\"currentPassword\": \"" + PASSWORD + "\", "
                + "\"newPassword\": \"too short\"}"), 400, "invalid-request").getString("field"));
        assertEquals(204, user.put("me/password", "{\"currentPassword\": \"" + PASSWORD + "\", "
                + "\"newPassword\": \"a brand new passphrase\"}").status());

        assertEquals(401, anonymous.withPassword(username, PASSWORD).get("syncs").status());
        assertEquals(200, anonymous.withPassword(username, "a brand new passphrase").get("syncs").status());
    }

    @Test
    void aChangeKeepsTheTokenItCameWithRevokesTheOlderOnesAndWrongCurrentPasswordsAreThrottled() {
        String username = FixtureClient.unique("guarded");
        manager.post("users", "{\"username\": \"" + username + "\", \"securityLevelId\": " + apiLevel
                + ", \"password\": \"" + PASSWORD + "\"}");
        ApiClient olderToken = ApiClient.signedIn(username, PASSWORD);
        ApiClient changer = ApiClient.signedIn(username, PASSWORD);

        assertEquals(204, changer.put("me/password", "{\"currentPassword\": \"" + PASSWORD + "\", "
                + "\"newPassword\": \"a brand new passphrase\"}").status());
        assertEquals(200, changer.get("syncs").status(), "the token the change came with stays");
        assertEquals(401, olderToken.get("syncs").status(), "a token created before the change is revoked");

        // a token (or a console session) left open: whoever holds it does not know the password, and must not be
        // able to guess it through the change of password
        ApiClient user = ApiClient.signedIn(username, "a brand new passphrase");
        for (int i = 0; i < 5; i++) {
            problem(user.put("me/password", "{\"currentPassword\": \"wrong guess " + i + "\", "
                    + "\"newPassword\": \"yet another passphrase\"}"), 400, "invalid-request");
        }
        Answer throttled = user.put("me/password", "{\"currentPassword\": \"a brand new passphrase\", "
                + "\"newPassword\": \"yet another passphrase\"}");
        problem(throttled, 429, "too-many-sign-ins");
        assertTrue(Integer.parseInt(throttled.header("Retry-After").orElseThrow()) >= 1, throttled::toString);
        assertEquals(200, changer.get("syncs").status(), "the password did not change");
    }

    @Test
    void usersAndLevelsNeedTheirPermissionAndBuiltInOrUsedLevelsStay() {
        String technician = FixtureClient.unique("tech");
        fixtures.user(technician, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        JsonObject refused = problem(ApiClient.signedIn(technician, PASSWORD).get("users"), 403,
                "permission-missing");
        assertTrue(refused.getString("detail").contains("Admin: manage console users"), refused::toString);

        long builtIn = manager.get("security-levels").array().getValuesAs(JsonObject.class).stream()
                .filter(level -> level.getString("name").equals("Technician")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        problem(manager.delete("security-levels/" + builtIn), 409, "in-use");
        manager.post("users", "{\"username\": \"" + FixtureClient.unique("holder") + "\", \"securityLevelId\": "
                + apiLevel + "}");
        assertTrue(problem(manager.delete("security-levels/" + apiLevel), 409, "in-use").getString("detail")
                .contains("give them another security level first"));
        assertEquals("permissions", problem(manager.post("security-levels", "{\"name\": \"Flyers\", "
                + "\"permissions\": [\"FLY\"]}"), 400, "invalid-request").getString("field"));
    }

    private static JsonObject problem(Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer::toString);
        JsonObject problem = answer.object();
        assertTrue(problem.getString("type").endsWith(":" + type), problem::toString);
        return problem;
    }
}
