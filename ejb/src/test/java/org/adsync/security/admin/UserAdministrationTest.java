package org.adsync.security.admin;

import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.security.ConsoleUser;
import org.adsync.security.InMemoryConsoleUsers;
import org.adsync.security.PasswordHasher;
import org.adsync.security.Permission;
import org.adsync.security.SecurityLevel;
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

/** The rules of user administration that no one may break, however they call it: above all, no lockout. */
class UserAdministrationTest {

    private final InMemoryConsoleUsers users = new InMemoryConsoleUsers();
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
        administrator.markBuiltIn();
        technician.markBuiltIn();
    }

    @Test
    void aUserAddedWithoutAPasswordGetsAOneTimePasswordTheyMustReplace() {
        AddedConsoleUser added = administration.add(new NewConsoleUser(" ada ", "Ada L.", "ada@example.com",
                technician.getId(), null));

        assertEquals("ada", added.user().username());
        assertTrue(added.user().mustChangePassword());
        assertEquals(19, added.oneTimePassword().length());
        ConsoleUser ada = users.findByUsername("ada").orElseThrow();
        assertTrue(ada.passwordMatches(added.oneTimePassword().toCharArray(), administration.hasher));
        assertEquals(List.of("CONSOLE_USER_ADDED ada"), audited);
    }

    @Test
    void aChosenPasswordMustBeLongAndNotTheUserNameAndANameIsUniqueWhateverItsCase() {
        administration.add(new NewConsoleUser("ada", null, null, technician.getId(), "a long passphrase"));

        assertEquals("password", assertThrows(InvalidSecurityRequestException.class, () -> administration.add(
                new NewConsoleUser("bob", null, null, technician.getId(), "short"))).field());
        assertEquals("password", assertThrows(InvalidSecurityRequestException.class, () -> administration.add(
                new NewConsoleUser("bob-the-builder", null, null, technician.getId(), "Bob-The-Builder"))).field());
        assertEquals("username", assertThrows(InvalidSecurityRequestException.class, () -> administration.add(
                new NewConsoleUser("ADA", null, null, technician.getId(), null))).field());
        assertEquals("email", assertThrows(InvalidSecurityRequestException.class, () -> administration.add(
                new NewConsoleUser("carol", null, "carol at example", technician.getId(), null))).field());
        assertFalse(users.findByUsername("ada").orElseThrow().isMustChangePassword());
    }

    @Test
    void theLastUserWhoMayManageUsersCannotBeDisabledDemotedOrDeletedNorTheirLevelStripped() {
        long root = administration.add(new NewConsoleUser("root", null, null, administrator.getId(), null)).user().id();
        long ada = administration.add(new NewConsoleUser("ada", null, null, technician.getId(), null)).user().id();
        SecurityLevelView managers = levels.add(new SecurityLevelInput("Managers",
                List.of("MANAGE_CONSOLE_USERS")));

        assertThrows(SecurityRecordInUseException.class, () -> administration.disable(root, "ada"));
        assertThrows(SecurityRecordInUseException.class, () -> administration.update(root,
                new ConsoleUserChange(null, null, technician.getId())));
        assertThrows(SecurityRecordInUseException.class, () -> administration.delete(root, "ada"));

        administration.update(ada, new ConsoleUserChange(null, null, managers.id()));
        administration.disable(root, "ada");
        assertThrows(SecurityRecordInUseException.class, () -> levels.update(managers.id(),
                new SecurityLevelInput("Managers", List.of())));
        assertTrue(users.findUser(ada).orElseThrow().isEnabled());
        assertThrows(SecurityRecordInUseException.class, () -> administration.disable(ada, "ada"),
                "nor can anyone disable themselves");
    }

    @Test
    void onlyAUserWhoNeverSignedInIsDeletedAndAResetAsksForANewPassword() {
        long ada = administration.add(new NewConsoleUser("ada", null, null, technician.getId(), "a long passphrase"))
                .user().id();
        long bob = administration.add(new NewConsoleUser("bob", null, null, technician.getId(), null)).user().id();
        users.recordSignIn("ada", Instant.now());

        assertThrows(SecurityRecordInUseException.class, () -> administration.delete(ada, "root"));
        administration.delete(bob, "root");
        String oneTime = administration.resetPassword(ada);

        assertTrue(users.findUser(bob).isEmpty());
        ConsoleUser reset = users.findUser(ada).orElseThrow();
        assertTrue(reset.isMustChangePassword());
        assertEquals("currentPassword", assertThrows(InvalidSecurityRequestException.class,
                () -> administration.changeOwnPassword("ada", "a long passphrase".toCharArray(),
                        "another long passphrase".toCharArray())).field(), "the old password is gone");
        administration.changeOwnPassword("ada", oneTime.toCharArray(), "another long passphrase".toCharArray());
        assertFalse(reset.isMustChangePassword());
    }

    @Test
    void builtInLevelsStayAdministratorGrantsEverythingAndALevelWithUsersIsNotDeleted() {
        administration.add(new NewConsoleUser("ada", null, null, technician.getId(), null));
        SecurityLevelView empty = levels.add(new SecurityLevelInput("Auditors", List.of()));

        assertThrows(SecurityRecordInUseException.class, () -> levels.delete(technician.getId()));
        assertThrows(SecurityRecordInUseException.class, () -> levels.update(administrator.getId(),
                new SecurityLevelInput("Administrator", List.of("VIEW_ORGANIZATIONS"))));
        assertEquals("permissions", assertThrows(InvalidSecurityRequestException.class,
                () -> levels.add(new SecurityLevelInput("Odd", List.of("FLY")))).field());
        assertEquals("name", assertThrows(InvalidSecurityRequestException.class,
                () -> levels.add(new SecurityLevelInput("auditors", List.of()))).field());
        levels.delete(empty.id());
        assertNull(users.findSecurityLevel(empty.id()).orElse(null));
    }
}
