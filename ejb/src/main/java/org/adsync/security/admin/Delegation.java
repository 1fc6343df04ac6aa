package org.adsync.security.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.security.ConsoleUser;
import org.adsync.security.ConsoleUserRepository;
import org.adsync.security.Permission;
import org.adsync.security.SecurityLevel;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may change whom (OWASP ASVS V4.1: delegated administration that cannot escalate). A user who may manage
 * console users may still give no more than they hold:
 * <ul>
 *   <li>nobody grants a permission they do not hold themselves, to a level or by moving a user to a level;</li>
 *   <li>nobody changes their own level, or the level they are in;</li>
 *   <li>nobody resets, disables, enables, demotes, moves or deletes a user whose level holds a permission they lack,
 *       nor changes or deletes such a level.</li>
 * </ul>
 * Each refusal names its rule and is audited. The acting user is the signed-in user of the request; a caller that
 * is no console user (the server itself at startup) is not limited.
 */
@ApplicationScoped
public class Delegation {

    @Inject
    ConsoleUserRepository users;

    @Inject
    AuditLog audit;

    /** What the acting user holds; every permission for the server itself. */
    public Set<Permission> heldBy(String actingUsername) {
        return users.findByUsername(actingUsername).filter(ConsoleUser::isEnabled)
                .map(user -> withNone(user.getSecurityLevel().getPermissions()))
                .orElseGet(() -> actingUsername == null ? EnumSet.allOf(Permission.class)
                        : EnumSet.noneOf(Permission.class));
    }

    /** Giving these permissions, to a level or through one: only those the actor holds. */
    void requireMayGrant(String actingUsername, Set<Permission> granted, String what) {
        Set<Permission> lacking = lacking(actingUsername, granted);
        if (!lacking.isEmpty()) {
            refuse(actingUsername, what, "nobody may grant a permission they do not hold themselves, and you do not "
                    + "hold " + labels(lacking));
        }
    }

    /** Changing or deleting a level: not the actor's own, and none that holds more than the actor. */
    void requireMayChange(String actingUsername, SecurityLevel level, String what) {
        users.findByUsername(actingUsername).filter(actor -> actor.getSecurityLevel().getId() != null
                && actor.getSecurityLevel().getId().equals(level.getId())).ifPresent(actor ->
                refuse(actingUsername, what, "nobody may change the security level they are in themselves"));
        requireMayGrant(actingUsername, level.getPermissions(), what);
    }

    /** Changing another user (reset, disable, enable, move, delete): not oneself, none who holds more. */
    void requireMayChange(String actingUsername, ConsoleUser user, String what) {
        if (user.getUsername().equalsIgnoreCase(String.valueOf(actingUsername))) {
            refuse(actingUsername, what, "nobody may change their own level or standing; ask another administrator");
        }
        Set<Permission> lacking = lacking(actingUsername, user.getSecurityLevel().getPermissions());
        if (!lacking.isEmpty()) {
            refuse(actingUsername, what, user.getUsername() + "'s level holds " + labels(lacking) + ", which you do "
                    + "not hold: only someone who holds every permission of a user may change that user");
        }
    }

    private Set<Permission> lacking(String actingUsername, Set<Permission> wanted) {
        Set<Permission> lacking = EnumSet.copyOf(withNone(wanted));
        lacking.removeAll(heldBy(actingUsername));
        return lacking;
    }

    private void refuse(String actingUsername, String what, String rule) {
        String message = "You may not " + what + ": " + rule + ".";
        audit.recordRefusal(AuditKind.DELEGATION_REFUSED, AuditTarget.NONE, actingUsername, message);
        throw new DelegationRefusedException(message);
    }

    private static Set<Permission> withNone(Set<Permission> permissions) {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    private static String labels(Set<Permission> permissions) {
        return permissions.stream().map(p -> "\"" + p.label() + "\"").collect(Collectors.joining(", "));
    }
}
