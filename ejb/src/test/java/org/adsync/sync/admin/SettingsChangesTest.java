package org.adsync.sync.admin;

import org.adsync.directory.DirectoryType;
import org.adsync.directory.SslStatus;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.sync.ContactField;
import org.adsync.sync.DeactivationLimit;
import org.adsync.sync.admin.SyncConfigurationView.LdapSettingsView;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the audit trail says an admin changed: each field from old to new, and a secret only as "changed". */
class SettingsChangesTest {

    private static SyncConfigurationView view(String filter, Duration interval, DeactivationLimit limit) {
        return new SyncConfigurationView(1, 2, "Contoso", true, DirectoryType.LDAP,
                new LdapSettingsView("dc1.contoso.example", 636, LdapTransport.LDAPS, "CN=svc", true,
                        "DC=contoso,DC=example", filter, null, null, 500, 10, 60, null),
                null, Set.of(ContactField.EMAIL), null, null, SslStatus.OK, null, null, 0, 0, interval, limit,
                null, List.of());
    }

    @Test
    void eachChangedFieldFromOldToNewAndTheSecretOnlyAsChanged() {
        String changes = SettingsChanges.between(view("(objectClass=user)", Duration.ofHours(24),
                        DeactivationLimit.DEFAULT),
                view("(department=Sales)", Duration.ofHours(6),
                        new DeactivationLimit(DeactivationLimit.Kind.COUNT, 20)), true);

        assertEquals("Filter: '(objectClass=user)' \u2192 '(department=Sales)'; bind password changed; "
                + "Interval: '24 hours' \u2192 '6 hours'; Deactivation limit: '10% of the synced contacts or 50, "
                + "whichever is larger' \u2192 '20 contacts'", changes);
    }

    @Test
    void savingWithoutChangesSaysSo() {
        SyncConfigurationView same = view("(objectClass=user)", Duration.ofHours(24), DeactivationLimit.DEFAULT);
        assertEquals("Saved without changes", SettingsChanges.between(same, same, false));
    }
}
