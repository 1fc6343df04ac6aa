package org.adsync.sync;

import java.time.Duration;
import java.util.Set;

/** An LDAP AD Sync as the Setup tab or the API submits it; a null interval means 24 hours, or the one saved. */
public record LdapSyncRequest(long organizationId, boolean enabled, LdapSettingsInput ldap,
                              Set<ContactField> fields, Long billingProductId, Duration interval)
        implements SyncRequest {

    public LdapSyncRequest {
        fields = fields == null ? ContactField.all() : Set.copyOf(fields);
    }

    public LdapSyncRequest(long organizationId, boolean enabled, LdapSettingsInput ldap, Set<ContactField> fields,
                           Long billingProductId) {
        this(organizationId, enabled, ldap, fields, billingProductId, null);
    }
}
