package org.adsync.security.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.platform.DisplayNames;
import org.adsync.security.ConsoleUser;
import org.adsync.security.ConsoleUserAdministration;
import org.adsync.security.ConsoleUserRepository;
import org.adsync.security.Permission;
import org.adsync.security.SecurityLevel;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds, changes and deletes security levels. The built-in "Administrator" always grants every permission and the
 * built-in levels are never deleted; a level with users is not deleted either (move them first); and no change
 * takes "Admin: manage console users" from the last enabled users who have it. Nobody grants more than they hold,
 * nor changes the level they are in ({@link Delegation}).
 */
@ApplicationScoped
@Transactional
public class SecurityLevelAdministration {

    private static final int MAX_NAME_LENGTH = 100;

    @Inject
    ConsoleUserRepository users;

    @Inject
    AuditLog audit;

    @Inject
    Delegation delegation;

    public List<SecurityLevelView> levels() {
        return users.findAllSecurityLevels().stream()
                .map(level -> SecurityLevelView.of(level, users.countUsersOf(level))).toList();
    }

    public SecurityLevelView level(long id) {
        SecurityLevel level = find(id);
        return SecurityLevelView.of(level, users.countUsersOf(level));
    }

    public SecurityLevelView add(SecurityLevelInput input, String actingUsername) {
        Set<Permission> granted = permissions(input.permissions());
        delegation.requireMayGrant(actingUsername, granted, "add a security level with these permissions");
        SecurityLevel level = new SecurityLevel(validName(input.name(), null), granted);
        users.add(level);
        audit.record(AuditKind.SECURITY_LEVEL_ADDED, AuditTarget.NONE, level.getName(), described(level));
        return SecurityLevelView.of(level, 0);
    }

    public SecurityLevelView update(long id, SecurityLevelInput input, String actingUsername) {
        SecurityLevel level = find(id);
        Set<Permission> granted = permissions(input.permissions());
        delegation.requireMayChange(actingUsername, level, "change the security level " + level.getName());
        delegation.requireMayGrant(actingUsername, granted, "give " + level.getName() + " these permissions");
        String name = validName(input.name(), level);
        if (level.isBuiltIn() && !name.equals(level.getName())) {
            throw new SecurityRecordInUseException(level.getName() + " is built in; its name stays.");
        }
        if (level.getName().equals(ConsoleUserAdministration.ADMINISTRATOR_LEVEL)
                && !granted.containsAll(EnumSet.allOf(Permission.class))) {
            throw new SecurityRecordInUseException("Administrator grants every permission, always; make a level "
                    + "of your own for fewer.");
        }
        if (level.grants(Permission.MANAGE_CONSOLE_USERS) && !granted.contains(Permission.MANAGE_CONSOLE_USERS)) {
            refuseIfOnlyManagersHaveIt(level);
        }
        level.rename(name);
        level.grantOnly(granted);
        audit.record(AuditKind.SECURITY_LEVEL_CHANGED, AuditTarget.NONE, level.getName(), described(level));
        return SecurityLevelView.of(level, users.countUsersOf(level));
    }

    public void delete(long id, String actingUsername) {
        SecurityLevel level = find(id);
        if (level.isBuiltIn()) {
            throw new SecurityRecordInUseException(level.getName() + " is built in and cannot be deleted.");
        }
        delegation.requireMayChange(actingUsername, level, "delete the security level " + level.getName());
        long holders = users.countUsersOf(level);
        if (holders > 0) {
            throw new SecurityRecordInUseException(holders + (holders == 1 ? " user has " : " users have ")
                    + level.getName() + ": give them another security level first.");
        }
        if (users.isGivenBySingleSignOn(level)) {
            throw new SecurityRecordInUseException("Single sign-on gives " + level.getName() + " to a group or role: "
                    + "change that mapping (Admin › Security › Single sign-on) first.");
        }
        users.remove(level);
        audit.record(AuditKind.SECURITY_LEVEL_DELETED, AuditTarget.NONE, level.getName(), null);
    }

    private void refuseIfOnlyManagersHaveIt(SecurityLevel level) {
        List<ConsoleUser> managers = users.findAllUsers().stream().filter(ConsoleUser::isEnabled)
                .filter(user -> user.getSecurityLevel().grants(Permission.MANAGE_CONSOLE_USERS)).toList();
        if (!managers.isEmpty() && managers.stream().allMatch(user -> user.getSecurityLevel() == level)) {
            throw new SecurityRecordInUseException("Cannot take \"" + Permission.MANAGE_CONSOLE_USERS.label()
                    + "\" from " + level.getName() + ": only its users have it, and no one could manage users "
                    + "afterwards. Give it to another user's level first.");
        }
    }

    private SecurityLevel find(long id) {
        return users.findSecurityLevel(id).orElseThrow(
                () -> new UnknownSecurityRecordException("No security level " + id));
    }

    private String validName(String name, SecurityLevel self) {
        if (name == null || name.isBlank()) {
            throw new InvalidSecurityRequestException("name", "Enter the security level's name.");
        }
        String stripped = DisplayNames.normalized(name);
        Optional<String> problem = DisplayNames.problem(stripped);
        if (problem.isPresent()) {
            throw new InvalidSecurityRequestException("name", problem.get());
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidSecurityRequestException("name", "The name has at most " + MAX_NAME_LENGTH
                    + " characters.");
        }
        Optional<SecurityLevel> namesake = users.findAllSecurityLevels().stream()
                .filter(other -> DisplayNames.key(other.getName()).equals(DisplayNames.key(stripped)))
                .findFirst();
        if (namesake.isPresent() && namesake.get() != self) {
            throw new InvalidSecurityRequestException("name", "A security level named " + namesake.get().getName()
                    + " exists already.");
        }
        return stripped;
    }

    private static Set<Permission> permissions(List<String> names) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                granted.add(Permission.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new InvalidSecurityRequestException("permissions", "No permission " + name + "; there are "
                        + EnumSet.allOf(Permission.class).stream().map(Enum::name)
                        .collect(Collectors.joining(", ")) + ".");
            }
        }
        return granted;
    }

    private static String described(SecurityLevel level) {
        return level.getPermissions().isEmpty() ? "No permissions" : level.getPermissions().stream()
                .map(Permission::label).collect(Collectors.joining(", "));
    }
}
