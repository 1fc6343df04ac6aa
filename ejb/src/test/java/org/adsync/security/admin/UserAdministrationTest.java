package org.adsync.security.admin;

import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.security.ConsoleUser;
import org.adsync.security.InMemoryApiTokens;
import org.adsync.security.InMemoryConsoleUsers;
import org.adsync.security.PasswordChecksRefusedException;
import org.adsync.security.PasswordHasher;
import org.adsync.security.Permission;
import org.adsync.security.SecurityLevel;
import org.adsync.security.TestAuthenticators;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of user administration that no one may break, however they call it: above all, no lockout. These act as
 * the server itself (no console user), whom delegation does not limit; {@code DelegationTest} has
 * the rules of who may change whom.
 */
class UserAdministrationTest {

    private static final String SERVER = null;
    private static final UserAdministration.ClientOf ADDRESS = new UserAdministration.ClientOf("192.0.2.10", null);

    private final InMemoryConsoleUsers users = new InMemoryConsoleUsers();
    private final InMemoryApiTokens tokens = new InMemoryApiTokens();
    private final UserAdministration administration = new UserAdministration();
    private final SecurityLevelAdministration levels = new SecurityLevelAdministration();
    private final List<String> audited = new ArrayList<>();
    private final SecurityLevel administrator = users.add(new SecurityLevel("Administrator",
            EnumSet.allOf(Permission.class)));
    private final SecurityLevel technician = users.add(new SecurityLevel("Technician",
            EnumSet.of(Permission.VIEW_ORGANIZATIONS)));

    UserAdministrationTest() {
        AuditLog audit = new AuditLog() {
            @Override
            public void record(AuditKind kind, AuditTarget target, String subject, String details) {
                audited.add(kind + " " + subject);
            }
        };
        administration.users = users;
        administration.hasher = new PasswordHasher(1);
        administration.audit = audit;
        levels.users = users;
        levels.audit = audit;
        Delegation delegation = new Delegation();
        delegation.users = users;
        delegation.audit = audit;
        administration.delegation = delegation;
        administration.authenticator = TestAuthenticators.over(users, administration.hasher);
        administration.tokens = tokens;
        levels.delegation = delegation;
        administrator.markBuiltIn();
        technician.markBuiltIn();
    }

    @Test
    void aUserAddedWithoutAPasswordGetsAOneTimePasswordTheyMustReplace() {
        AddedConsoleUser added = administration.add(new NewConsoleUser(" ada ", "Ada L.", "ada@example.com",
                technician.getId(), null), SERVER);

        assertEquals("ada", added.user().username());
        assertTrue(added.user().mustChangePassword());
        assertEquals(19, added.oneTimePassword().length());
        ConsoleUser ada = users.findByUsername("ada").orElseThrow();
        assertTrue(ada.passwordMatches(added.oneTimePassword().toCharArray(), administration.hasher));
        assertEquals(List.of("CONSOLE_USER_ADDED ada"), audited);
    }

    @Test
    void aChosenPasswordMustBeLongAndNotTheUserNameAndANameIsUniqueWhateverItsCase() {
        administration.add(new NewConsoleUser("ada", null, null, technician.getId(), "a long passphrase"),
                SERVER);

        assertEquals("password", assertThrows(InvalidSecurityRequestException.class, () -> administration.add(
                new NewConsoleUser("bob", null, null, technician.getId(), "short"), SERVER)).field());
        assertEquals("password", assertThrows(InvalidSecurityRequestException.class, () -> administration.add(
                new NewConsoleUser("bob-the-builder", null, null, technician.getId(), "Bob-The-Builder"), SERVER))
                .field());
        assertEquals("username", assertThrows(InvalidSecurityRequestException.class, () -> administration.add(
                new NewConsoleUser("ADA", null, null, technician.getId(), null), SERVER)).field());
        assertEquals("email", assertThrows(InvalidSecurityRequestException.class, () -> administration.add(
                new NewConsoleUser("carol", null, "carol at example", technician.getId(), null), SERVER)).field());
        assertFalse(users.findByUsername("ada").orElseThrow().isMustChangePassword());
    }

    @Test
    void theLastUserWhoMayManageUsersCannotBeDisabledDemotedOrDeletedNorTheirLevelStripped() {
        long root = administration.add(new NewConsoleUser("root", null, null, administrator.getId(), null), SERVER)
                .user().id();
        long ada = administration.add(new NewConsoleUser("ada", null, null, technician.getId(), null), SERVER)
                .user().id();
        SecurityLevelView managers = levels.add(new SecurityLevelInput("Managers",
                List.of("MANAGE_CONSOLE_USERS")), SERVER);

        assertThrows(SecurityRecordInUseException.class, () -> administration.disable(root, SERVER));
        assertThrows(SecurityRecordInUseException.class, () -> administration.update(root,
                new ConsoleUserChange(null, null, technician.getId()), SERVER));
        assertThrows(SecurityRecordInUseException.class, () -> administration.delete(root, SERVER));

        administration.update(ada, new ConsoleUserChange(null, null, managers.id()), SERVER);
        administration.disable(root, SERVER);
        assertThrows(SecurityRecordInUseException.class, () -> levels.update(managers.id(),
                new SecurityLevelInput("Managers", List.of()), SERVER));
        assertTrue(users.findUser(ada).orElseThrow().isEnabled());
        assertThrows(SecurityRecordInUseException.class, () -> administration.disable(ada, "ada"),
                "nor can anyone disable themselves");
    }

    @Test
    void onlyAUserWhoNeverSignedInIsDeletedAndAResetAsksForANewPassword() {
        long ada = administration.add(new NewConsoleUser("ada", null, null, technician.getId(), "a long passphrase"),
                SERVER).user().id();
        long bob = administration.add(new NewConsoleUser("bob", null, null, technician.getId(), null), SERVER)
                .user().id();
        users.recordSignIn("ada", Instant.now());

        assertThrows(SecurityRecordInUseException.class, () -> administration.delete(ada, SERVER));
        administration.delete(bob, SERVER);
        String oneTime = administration.resetPassword(ada, SERVER);

        assertTrue(users.findUser(bob).isEmpty());
        ConsoleUser reset = users.findUser(ada).orElseThrow();
        assertTrue(reset.isMustChangePassword());
        assertEquals("currentPassword", assertThrows(InvalidSecurityRequestException.class,
                () -> administration.changeOwnPassword("ada", "a long passphrase".toCharArray(),
                        "another long passphrase".toCharArray(), ADDRESS)).field(), "the old password is gone");
        administration.changeOwnPassword("ada", oneTime.toCharArray(), "another long passphrase".toCharArray(),
                ADDRESS);
        assertFalse(reset.isMustChangePassword());
    }

    @Test
    void builtInLevelsStayAdministratorGrantsEverythingAndALevelWithUsersIsNotDeleted() {
        administration.add(new NewConsoleUser("ada", null, null, technician.getId(), null), SERVER);
        SecurityLevelView empty = levels.add(new SecurityLevelInput("Auditors", List.of()), SERVER);

        assertThrows(SecurityRecordInUseException.class, () -> levels.delete(technician.getId(), SERVER));
        assertThrows(SecurityRecordInUseException.class, () -> levels.update(administrator.getId(),
                new SecurityLevelInput("Administrator", List.of("VIEW_ORGANIZATIONS")), SERVER));
        assertEquals("permissions", assertThrows(InvalidSecurityRequestException.class,
                () -> levels.add(new SecurityLevelInput("Odd", List.of("FLY")), SERVER)).field());
        assertEquals("name", assertThrows(InvalidSecurityRequestException.class,
                () -> levels.add(new SecurityLevelInput("auditors", List.of()), SERVER)).field());
        levels.delete(empty.id(), SERVER);
        assertNull(users.findSecurityLevel(empty.id()).orElse(null));
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeSignInsSoAnOpenSessionCannotGuessTheirWay() {
        administration.add(new NewConsoleUser("ada", null, null, technician.getId(), "a long passphrase"), SERVER);
        for (int i = 0; i < 5; i++) {
            assertEquals("currentPassword", assertThrows(InvalidSecurityRequestException.class, () -> administration
                    .changeOwnPassword("ada", "a wrong guess".toCharArray(), "another long passphrase".toCharArray(),
                            ADDRESS)).field());
        }

        PasswordChecksRefusedException throttled = assertThrows(PasswordChecksRefusedException.class,
                () -> administration.changeOwnPassword("ada", "a long passphrase".toCharArray(),
                        "another long passphrase".toCharArray(), ADDRESS), "not even the right one is checked now");
        assertTrue(throttled.retryAfter().toSeconds() >= 1, throttled::getMessage);
        assertTrue(users.findByUsername("ada").orElseThrow().passwordMatches("a long passphrase".toCharArray(),
                administration.hasher), "unchanged");
    }

    @Test
    void aResetRevokesEveryApiTokenOfTheUserAndAChangeKeepsOnlyTheTokenItCameWith() {
        long id = administration.add(new NewConsoleUser("ada", null, null, technician.getId(), "a long passphrase"),
                SERVER).user().id();
        ConsoleUser ada = users.findUser(id).orElseThrow();
        tokens.issue(ada, "backup script");
        long reportScript = tokens.issue(ada, "report script").getId();

        administration.changeOwnPassword("ada", "a long passphrase".toCharArray(),
                "another long passphrase".toCharArray(), new UserAdministration.ClientOf("192.0.2.10",
                        reportScript));
        assertEquals(List.of("report script"), tokens.findByUsername("ada").stream().map(t -> t.getName())
                .toList(), "the token the change came with stays");
        assertTrue(audited.contains("PASSWORD_CHANGED ada"), audited::toString);

        administration.resetPassword(id, SERVER);
        assertEquals(List.of(), tokens.findByUsername("ada"));
    }
}
