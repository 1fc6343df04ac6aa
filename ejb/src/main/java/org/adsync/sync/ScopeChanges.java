package org.adsync.sync;

import org.adsync.directory.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which settings that decide who is in scope changed when an admin saved a sync, in words: what a held sync names
 * as the likely cause of many contacts about to be deactivated.
 */
public final class ScopeChanges {

    public static final String USUAL_FILTER = "the usual filter of the server's kind";

    private ScopeChanges() {
    }

    public static Optional<String> between(LdapSettings before, LdapSettingsInput after) {
        if (before == null) {
            return Optional.of("the sync was moved to an LDAP directory");
        }
        List<String> changes = new ArrayList<>();
        compare(changes, "the server", before.host(), after.host());
        compare(changes, "the base DN", before.baseDn(), after.baseDn());
        compare(changes, "the filter", before.filter(), after.filter(), USUAL_FILTER);
        compare(changes, "the group", before.groupDn(), after.groupDn());
        compare(changes, "the \"disabled when\" filter", before.disabledFilter(), after.disabledFilter());
        return joined(changes);
    }

    public static Optional<String> between(AzureSettings before, AzureSettingsInput after) {
        if (before == null) {
            return Optional.of("the sync was moved to Microsoft Entra ID");
        }
        List<String> changes = new ArrayList<>();
        compare(changes, "the tenant", before.tenantId(), after.tenantId());
        compare(changes, "the group", before.groupId(), after.groupId());
        return joined(changes);
    }

    private static void compare(List<String> changes, String what, String before, String after) {
        compare(changes, what, before, after, "none");
    }

    private static void compare(List<String> changes, String what, String before, String after, String none) {
        if (!Objects.equals(blankAsNull(before), blankAsNull(after))) {
            changes.add(what + " changed from " + shown(before, none) + " to " + shown(after, none));
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shown(String value, String none) {
        return blankAsNull(value) == null ? none : FieldProblem.quoted(value);
    }

    private static Optional<String> joined(List<String> changes) {
        return changes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", changes));
    }
}
