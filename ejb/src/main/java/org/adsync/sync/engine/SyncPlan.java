package org.adsync.sync.engine;

import org.adsync.directory.DirectoryType;
import org.adsync.sync.AzureSettings;
import org.adsync.sync.ContactField;
import org.adsync.sync.DeactivationLimit;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.SyncConfiguration;

import java.util.Set;

/**
 * What one run needs of its configuration, read once at its start and kept apart from the persistence context.
 * Exactly one of {@code ldap} and {@code azure} is set, as the directory type says; {@code deltaLink} is where the
 * last successful Entra ID read ended, if any; {@code settingsVersion} is the configuration's version when the run
 * began; {@code scopeChange} what last changed who is in scope, if anything did.
 */
public record SyncPlan(long configurationId, long organizationId, String organizationName,
                       DirectoryType directoryType, LdapSettings ldap, AzureSettings azure, String deltaLink,
                       String encryptedSecret, Set<ContactField> fields, Long billingProductId,
                       long settingsVersion, DeactivationLimit deactivationLimit,
                       SyncConfiguration.ScopeChange scopeChange) {

    public static SyncPlan of(SyncConfiguration configuration) {
        LdapSettings ldap = configuration.getLdap().orElse(null);
        AzureSettings azure = configuration.getAzure().orElse(null);
        String secret = ldap != null ? ldap.encryptedBindPassword()
                : azure != null ? azure.encryptedClientSecret() : null;
        return new SyncPlan(configuration.getId(), configuration.getOrganization().getId(),
                configuration.getOrganization().getName(), configuration.getDirectoryType(), ldap, azure,
                configuration.getDeltaLink().orElse(null), secret, Set.copyOf(configuration.getSyncedFields()),
                configuration.getBillingProduct().map(p -> p.getId()).orElse(null), configuration.getVersion(),
                configuration.getDeactivationLimit(), configuration.getScopeChange().orElse(null));
    }

    @Override
    public String toString() {
        return "SyncPlan[configuration " + configurationId + ", " + organizationName + ", " + directoryType + "]";
    }
}
