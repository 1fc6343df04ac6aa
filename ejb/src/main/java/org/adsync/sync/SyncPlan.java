package org.adsync.sync;

import java.util.Set;

/** What one run needs of its configuration, read once at its start and kept apart from the persistence context. */
public record SyncPlan(long configurationId, long organizationId, String organizationName,
                       DirectoryType directoryType, LdapSettings ldap, String encryptedSecret,
                       Set<ContactField> fields, Long billingProductId) {

    static SyncPlan of(SyncConfiguration configuration) {
        LdapSettings ldap = configuration.getLdap().orElse(null);
        return new SyncPlan(configuration.getId(), configuration.getOrganization().getId(),
                configuration.getOrganization().getName(), configuration.getDirectoryType(), ldap,
                ldap == null ? null : ldap.encryptedBindPassword(), Set.copyOf(configuration.getSyncedFields()),
                configuration.getBillingProduct().map(p -> p.getId()).orElse(null));
    }

    @Override
    public String toString() {
        return "SyncPlan[configuration " + configurationId + ", " + organizationName + ", " + directoryType + "]";
    }
}
