package org.adsync.security.admin;

import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.security.InMemoryApiTokens;
import org.adsync.security.InMemoryConsoleUsers;
import org.adsync.security.PasswordHasher;
import org.adsync.security.Permission;
import org.adsync.security.SecurityLevel;
import org.adsync.security.TestAuthenticators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may change whom, as the probe tried it: a user whose level grants only "Admin: manage console users" may not
 * extend their own level, promote themselves, grant what they lack, or reset, disable, demote or delete someone who
 * holds more; each refusal names its rule and is audited. Within what they hold, they may still manage users.
 */
class DelegationTest {

    private final InMemoryConsoleUsers users = new InMemoryConsoleUsers();
    private final UserAdministration administration = new UserAdministration();
    private final SecurityLevelAdministration levels = new SecurityLevelAdministration();
    private final List<String> audited = new ArrayList<>();
    private final SecurityLevel administrator = users.add(new SecurityLevel("Administrator",
            EnumSet.allOf(Permission.class)));
    private final SecurityLevel userManagers = users.add(new SecurityLevel("User managers",
            EnumSet.of(Permission.MANAGE_CONSOLE_USERS)));
    private final SecurityLevel helpers = users.add(new SecurityLevel("Helpers", EnumSet.noneOf(Permission.class)));
    private final long admin;
    private final long mia;

    DelegationTest() {
        AuditLog audit = new AuditLog() {
            @Override
            public void record(AuditKind kind, AuditTarget target, String subject, String details) {
                audited.add(kind + ": " + details);
            }
        };
        Delegation delegation = new Delegation();
        delegation.users = users;
        delegation.audit = audit;
        administration.users = users;
        administration.hasher = new PasswordHasher(1);
        administration.audit = audit;
        administration.delegation = delegation;
        administration.tokens = new InMemoryApiTokens();
        administration.authenticator = TestAuthenticators.over(users, administration.hasher);
        levels.users = users;
        levels.audit = audit;
        levels.delegation = delegation;
        administrator.markBuiltIn();
        admin = administration.add(new NewConsoleUser("admin", null, null, administrator.getId(), null), null)
                .user().id();
        mia = administration.add(new NewConsoleUser("mia", null, null, userManagers.getId(), null), null)
                .user().id();
        audited.clear();
    }

    @Test
    void aUserManagerCannotExtendTheirOwnLevelNorGrantWhatTheyLack() {
        assertRefused("nobody may change the security level they are in themselves", () -> levels.update(
                userManagers.getId(), new SecurityLevelInput("User managers", List.of("MANAGE_CONSOLE_USERS",
                        "CONFIGURE_MICROSOFT_EXTENSIONS")), "mia"));
        assertRefused("nobody may grant a permission they do not hold themselves, and you do not hold \"Admin: "
                + "configure Microsoft Extensions\"", () -> levels.add(new SecurityLevelInput("Sync admins",
                List.of("CONFIGURE_MICROSOFT_EXTENSIONS")), "mia"));
        assertRefused("you do not hold", () -> levels.update(helpers.getId(), new SecurityLevelInput("Helpers",
                List.of("VIEW_ORGANIZATIONS")), "mia"));
        assertEquals(EnumSet.of(Permission.MANAGE_CONSOLE_USERS), userManagers.getPermissions());
        assertEquals(3, audited.size(), audited::toString);
        assertTrue(audited.stream().allMatch(entry -> entry.startsWith("DELEGATION_REFUSED: You may not ")),
                audited::toString);
    }

    @Test
    void aUserManagerCannotPromoteThemselvesNorTouchSomeoneWhoHoldsMore() {
        assertRefused("nobody may change their own level", () -> administration.update(mia,
                new ConsoleUserChange(null, null, administrator.getId()), "mia"));
        assertRefused("admin's level holds", () -> administration.resetPassword(admin, "mia"));
        assertRefused("admin's level holds", () -> administration.disable(admin, "mia"));
        assertRefused("admin's level holds", () -> administration.update(admin,
                new ConsoleUserChange(null, null, helpers.getId()), "mia"));
        assertRefused("admin's level holds", () -> administration.delete(admin, "mia"));
        assertRefused("you do not hold", () -> administration.add(new NewConsoleUser("eve", null, null,
                administrator.getId(), null), "mia"));

        assertEquals(administrator, users.findUser(admin).orElseThrow().getSecurityLevel());
        assertTrue(users.findUser(admin).orElseThrow().isEnabled());
        assertEquals(userManagers, users.findUser(mia).orElseThrow().getSecurityLevel());
    }

    @Test
    void withinWhatTheyHoldAUserManagerStillManagesUsers() {
        long hal = administration.add(new NewConsoleUser("hal", null, null, helpers.getId(), null), "mia").user().id();
        administration.resetPassword(hal, "mia");
        administration.update(hal, new ConsoleUserChange(null, null, userManagers.getId()), "mia");
        administration.disable(hal, "mia");
        administration.update(mia, new ConsoleUserChange("Mia M.", "mia@example.com", null), "mia");

        assertEquals(userManagers, users.findUser(hal).orElseThrow().getSecurityLevel());
        assertEquals("Mia M.", users.findUser(mia).orElseThrow().getDisplayName());
        administration.update(mia, new ConsoleUserChange(null, null, helpers.getId()), "admin");
        assertEquals(helpers, users.findUser(mia).orElseThrow().getSecurityLevel(), "an administrator may");
    }

    private void assertRefused(String rule, Executable change) {
        DelegationRefusedException refused = assertThrows(DelegationRefusedException.class, change);
        assertTrue(refused.getMessage().contains(rule), refused::getMessage);
    }
}
