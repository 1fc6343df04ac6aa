package org.adsync.sync.admin;

import org.adsync.sync.ContactField;
import org.adsync.sync.DeactivationLimit;
import org.adsync.sync.LdapSettingsInput;

import java.time.Duration;
import java.util.Set;

/**
 * An LDAP AD Sync as the Setup tab or the API submits it; a null interval or deactivation limit means the default,
 * or the one saved.
 */
public record LdapSyncRequest(long organizationId, boolean enabled, LdapSettingsInput ldap,
                              Set<ContactField> fields, Long billingProductId, Duration interval,
                              DeactivationLimit deactivationLimit) implements SyncRequest {

    public LdapSyncRequest {
        fields = fields == null ? ContactField.all() : Set.copyOf(fields);
    }

    public LdapSyncRequest(long organizationId, boolean enabled, LdapSettingsInput ldap, Set<ContactField> fields,
                           Long billingProductId, Duration interval) {
        this(organizationId, enabled, ldap, fields, billingProductId, interval, null);
    }

    public LdapSyncRequest(long organizationId, boolean enabled, LdapSettingsInput ldap, Set<ContactField> fields,
                           Long billingProductId) {
        this(organizationId, enabled, ldap, fields, billingProductId, null);
    }
}
