package org.adsync.sync;

import java.util.Set;

/** An LDAP AD Sync as the Setup tab or the API submits it. */
public record LdapSyncRequest(long organizationId, boolean enabled, LdapSettingsInput ldap,
                              Set<ContactField> fields, Long billingProductId) {

    public LdapSyncRequest {
        fields = fields == null ? ContactField.all() : Set.copyOf(fields);
    }
}
