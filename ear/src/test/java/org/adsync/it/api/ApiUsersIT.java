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
        fixtures.user(name, PASSWORD, Permission.MANAGE_CONSOLE_USERS);
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
