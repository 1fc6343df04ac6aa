package org.adsync.security.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.platform.DisplayNames;
import org.adsync.security.ApiTokenRepository;
import org.adsync.security.ConsoleAuthenticator;
import org.adsync.security.ConsoleUser;
import org.adsync.security.ConsoleUserRepository;
import org.adsync.security.PasswordChecksRefusedException;
import org.adsync.security.PasswordHasher;
import org.adsync.security.Permission;
import org.adsync.security.SecurityLevel;
import org.adsync.security.SignInOutcome;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Adds, changes, disables, re-enables and deletes console users, resets their passwords, and lets each user change
 * their own. A change or reset of a password ends the user's other sessions and revokes their API tokens (but the
 * one a change through the API came with). A disabled user's sessions and API tokens stop at their next request
 * (both look the user up each time). Only a user who never signed in can be deleted, so that the audit trail never
 * names someone unknown. No change may leave the installation without an enabled user holding "Admin: manage
 * console users", and nobody gives or touches more than they hold ({@link Delegation}).
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    @Inject
    ConsoleUserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Delegation delegation;

    @Inject
    ConsoleAuthenticator authenticator;

    @Inject
    ApiTokenRepository tokens;

    public List<ConsoleUserView> users() {
        return users.findAllUsers().stream().map(ConsoleUserView::of).toList();
    }

    public ConsoleUserView user(long id) {
        return ConsoleUserView.of(find(id));
    }

    public AddedConsoleUser add(NewConsoleUser input, String actingUsername) {
        String username = validUsername(input.username());
        SecurityLevel level = level(input.securityLevelId());
        delegation.requireMayGrant(actingUsername, level.getPermissions(), "add a user with the level "
                + level.getName());
        boolean oneTime = input.password() == null || input.password().isEmpty();
        char[] password = oneTime ? PasswordRules.oneTimePassword() : input.password().toCharArray();
        try {
            if (!oneTime) {
                PasswordRules.check(password, username, "password");
            }
            String hash = hasher.hash(password);
            ConsoleUser user = new ConsoleUser(username, null, hash, level);
            user.describe(validDisplayName(input.displayName()), validEmail(input.email()));
            if (oneTime) {
                user.resetPassword(hash);
            }
            users.add(user);
            audited(AuditKind.CONSOLE_USER_ADDED, user, "Security level " + level.getName());
            return new AddedConsoleUser(ConsoleUserView.of(user), oneTime ? new String(password) : null);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public ConsoleUserView update(long id, ConsoleUserChange change, String actingUsername) {
        ConsoleUser user = find(id);
        SecurityLevel level = change.securityLevelId() == null ? user.getSecurityLevel()
                : level(change.securityLevelId());
        boolean self = user.getUsername().equalsIgnoreCase(String.valueOf(actingUsername));
        boolean moved = level != user.getSecurityLevel();
        if (!self || moved) { // one's own name and email only are one's own to change
            delegation.requireMayChange(actingUsername, user, moved ? "move " + user.getUsername()
                    + " to another level" : "change " + user.getUsername());
        }
        if (moved) {
            delegation.requireMayGrant(actingUsername, level.getPermissions(), "move " + user.getUsername()
                    + " to " + level.getName());
        }
        if (!level.grants(Permission.MANAGE_CONSOLE_USERS)) {
            refuseIfLastManager(user, "move " + user.getUsername() + " to a level without it");
        }
        String before = user.getSecurityLevel().getName();
        user.describe(validDisplayName(change.displayName()), validEmail(change.email()));
        user.assign(level);
        audited(AuditKind.CONSOLE_USER_CHANGED, user, before.equals(level.getName()) ? null
                : "Security level " + before + " -> " + level.getName());
        return ConsoleUserView.of(user);
    }

    /** Disables the user at once: sessions and API tokens stop at their next request. Not oneself. */
    public ConsoleUserView disable(long id, String actingUsername) {
        ConsoleUser user = find(id);
        if (user.getUsername().equals(actingUsername)) {
            throw new SecurityRecordInUseException("You cannot disable yourself; ask another administrator.");
        }
        if (user.isEnabled()) {
            delegation.requireMayChange(actingUsername, user, "disable " + user.getUsername());
            refuseIfLastManager(user, "disable " + user.getUsername());
            user.disable();
            audited(AuditKind.CONSOLE_USER_DISABLED, user, null);
        }
        return ConsoleUserView.of(user);
    }

    public ConsoleUserView enable(long id, String actingUsername) {
        ConsoleUser user = find(id);
        if (!user.isEnabled()) {
            delegation.requireMayChange(actingUsername, user, "enable " + user.getUsername());
            user.enable();
            audited(AuditKind.CONSOLE_USER_ENABLED, user, null);
        }
        return ConsoleUserView.of(user);
    }

    /** Gives the user a one-time password (answered once) that they must replace at their next sign-in. */
    public String resetPassword(long id, String actingUsername) {
        ConsoleUser user = find(id);
        delegation.requireMayChange(actingUsername, user, "reset the password of " + user.getUsername());
        if (user.isSignedOnByProvider()) {
            throw new SecurityRecordInUseException(user.getUsername() + " signs in through the single sign-on "
                    + "provider and has no password here: their password is the provider's to reset.");
        }
        char[] password = PasswordRules.oneTimePassword();
        try {
            user.resetPassword(hasher.hash(password));
            int revoked = tokens.removeAllOf(user.getUsername(), null);
            audited(AuditKind.PASSWORD_RESET, user, "A one-time password, to be changed at the next sign-in; "
                    + "every session ended" + revokedTokens(revoked));
            return new String(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Deletes a user who never signed in (a mistake, a typo); anyone else is disabled instead. */
    public void delete(long id, String actingUsername) {
        ConsoleUser user = find(id);
        if (user.getLastSignedInAt().isPresent()) {
            throw new SecurityRecordInUseException(user.getUsername() + " has signed in before, and the audit "
                    + "trail names them: disable the user instead of deleting them.");
        }
        delegation.requireMayChange(actingUsername, user, "delete " + user.getUsername());
        refuseIfLastManager(user, "delete " + user.getUsername());
        users.remove(user);
        audited(AuditKind.CONSOLE_USER_DELETED, user, null);
    }

    /**
     * A user's own change of password: the current one proves it is them (checked behind the sign-in's throttle:
     * {@link ConsoleAuthenticator#checkOwnPassword}), the new one meets the rules.
     */
    public void changeOwnPassword(String username, char[] current, char[] chosen, ClientOf change) {
        ConsoleUser user = users.findByUsername(username).filter(ConsoleUser::isEnabled).orElseThrow(
                () -> new UnknownSecurityRecordException("No enabled console user " + username));
        if (user.isSignedOnByProvider()) {
            throw new InvalidSecurityRequestException("currentPassword", "You sign in through the single sign-on "
                    + "provider and have no password here: change it at the provider.");
        }
        SignInOutcome checked = authenticator.checkOwnPassword(username, current, change.address());
        if (checked instanceof SignInOutcome.Throttled throttled) {
            throw new PasswordChecksRefusedException("Too many wrong passwords: try again in "
                    + Math.max(1, throttled.retryAfter().toSeconds()) + " seconds.", throttled.retryAfter());
        }
        if (checked instanceof SignInOutcome.Busy) {
            throw new PasswordChecksRefusedException("The server is checking other passwords: try again in a "
                    + "second.", SignInOutcome.Busy.RETRY_AFTER);
        }
        if (!(checked instanceof SignInOutcome.Accepted)) {
            throw new InvalidSecurityRequestException("currentPassword", "The current password is not correct.");
        }
        PasswordRules.check(chosen, username, "newPassword");
        if (Arrays.equals(current, chosen)) {
            throw new InvalidSecurityRequestException("newPassword", "Choose a password other than the current one.");
        }
        user.choosePassword(hasher.hash(chosen));
        int revoked = tokens.removeAllOf(user.getUsername(), change.apiTokenId());
        audited(AuditKind.PASSWORD_CHANGED, user, "Every other session ended" + revokedTokens(revoked));
    }

    /**
     * Where a change of one's own password comes from: the client's address (for the throttle) and the API token it
     * came with (null for the console or a password), which the change keeps, as it keeps the console session.
     */
    public record ClientOf(String address, Long apiTokenId) {
    }

    private static String revokedTokens(int revoked) {
        return revoked == 0 ? "" : "; " + revoked + (revoked == 1 ? " API token" : " API tokens") + " revoked";
    }

    /** Refuses when the user is the last enabled one who may manage users, and the change would end that. */
    private void refuseIfLastManager(ConsoleUser user, String what) {
        if (!user.isEnabled() || !user.getSecurityLevel().grants(Permission.MANAGE_CONSOLE_USERS)) {
            return;
        }
        boolean another = users.findAllUsers().stream().anyMatch(other -> other != user && other.isEnabled()
                && other.getSecurityLevel().grants(Permission.MANAGE_CONSOLE_USERS));
        if (!another) {
            throw new SecurityRecordInUseException("Cannot " + what + ": they are the last enabled user with \""
                    + Permission.MANAGE_CONSOLE_USERS.label() + "\", and no one could manage users afterwards. "
                    + "Give the permission to another user first.");
        }
    }

    private ConsoleUser find(long id) {
        return users.findUser(id).orElseThrow(() -> new UnknownSecurityRecordException("No console user " + id));
    }

    private SecurityLevel level(Long id) {
        if (id == null) {
            throw new InvalidSecurityRequestException("securityLevelId", "Choose the user's security level.");
        }
        return users.findSecurityLevel(id).orElseThrow(() -> new InvalidSecurityRequestException("securityLevelId",
                "No security level " + id + "."));
    }

    private String validUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidSecurityRequestException("username", "Enter a user name.");
        }
        String stripped = DisplayNames.normalized(username);
        Optional<String> problem = DisplayNames.problem(stripped);
        if (problem.isPresent()) {
            throw new InvalidSecurityRequestException("username", problem.get());
        }
        if (stripped.length() > ConsoleUser.MAX_USERNAME_LENGTH || stripped.contains(":")) {
            throw new InvalidSecurityRequestException("username", "A user name has 1 to "
                    + ConsoleUser.MAX_USERNAME_LENGTH + " characters, without a colon (HTTP Basic separates the "
                    + "name from the password with one).");
        }
        Optional<ConsoleUser> namesake = users.findByUsernameIgnoringCase(stripped);
        if (namesake.isPresent()) {
            throw new InvalidSecurityRequestException("username", "A user named " + namesake.get().getUsername()
                    + " exists already" + (namesake.get().isEnabled() ? "." : " (disabled: enable them instead).")
                    + " User names are unique whatever their case, width or spacing.");
        }
        return stripped;
    }

    private static String validDisplayName(String displayName) {
        if (displayName != null && displayName.strip().length() > ConsoleUser.MAX_DISPLAY_NAME_LENGTH) {
            throw new InvalidSecurityRequestException("displayName", "The display name has at most "
                    + ConsoleUser.MAX_DISPLAY_NAME_LENGTH + " characters.");
        }
        return displayName;
    }

    private static String validEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String stripped = email.strip();
        int at = stripped.indexOf('@');
        if (stripped.length() > ConsoleUser.MAX_EMAIL_LENGTH || at < 1 || at != stripped.lastIndexOf('@')
                || at == stripped.length() - 1 || stripped.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidSecurityRequestException("email", "Enter an email address such as "
                    + "ada@example.com, or leave it empty.");
        }
        return stripped;
    }

    private void audited(AuditKind kind, ConsoleUser user, String details) {
        audit.record(kind, AuditTarget.NONE, user.getUsername(), details);
    }
}
