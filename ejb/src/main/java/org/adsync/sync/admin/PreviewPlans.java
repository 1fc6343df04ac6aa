package org.adsync.sync.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.directory.DirectoryType;
import org.adsync.secret.SecretCipher;
import org.adsync.sync.AzureSettings;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.ScopeChanges;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncConfigurationRepository;
import org.adsync.sync.UnknownSyncException;
import org.adsync.sync.engine.SyncPlan;

import java.time.Instant;
import java.util.Optional;

/**
 * The plan of a preview of settings typed in but not saved: the sync's own users and contacts, read with the new
 * settings. A stored secret goes along only under the rule that Test Connection and Save follow (the same server,
 * bind user, transport and certificates; the same tenant, application and hosts); the settings are checked as Save
 * checks them. The read is full: a delta link belongs to the saved settings.
 */
@ApplicationScoped
@Transactional
public class PreviewPlans {

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    SyncSettingsChecks checks;

    @Inject
    SecretCipher cipher;

    public SyncPlan planFor(long configurationId, SyncRequest request) {
        SyncConfiguration configuration = configurations.findById(configurationId).orElseThrow(
                () -> new UnknownSyncException("No AD Sync configuration " + configurationId));
        SyncPlan saved = SyncPlan.of(configuration);
        Instant now = Instant.now();
        if (request instanceof AzureSyncRequest azure) {
            checks.requireValid(azure);
            AzureSettings stored = configuration.getAzure().orElse(null);
            String secret = azure.azure().hasSecret() ? cipher.encrypt(azure.azure().clientSecret())
                    : storedSecret(stored == null ? Optional.of("no client secret is stored")
                    : stored.whySecretMustBeEnteredAgain(azure.azure()), stored, DirectoryType.AZURE);
            return typed(saved, request, null, AzureSettings.of(azure.azure(), secret), secret,
                    ScopeChanges.between(stored, azure.azure()), now);
        }
        LdapSyncRequest ldap = (LdapSyncRequest) request;
        checks.requireValid(ldap);
        LdapSettings stored = configuration.getLdap().orElse(null);
        String password = ldap.ldap().hasPassword() ? cipher.encrypt(ldap.ldap().bindPassword())
                : storedSecret(stored == null ? Optional.of("no password is stored")
                : stored.whyPasswordMustBeEnteredAgain(ldap.ldap()), stored, DirectoryType.LDAP);
        return typed(saved, request, new LdapSettings(ldap.ldap(), password), null, password,
                ScopeChanges.between(stored, ldap.ldap()), now);
    }

    private static String storedSecret(Optional<String> mustBeEnteredAgain, Object stored, DirectoryType type) {
        if (mustBeEnteredAgain.isPresent()) {
            throw type == DirectoryType.AZURE
                    ? new InvalidSyncSettingsException(DirectoryType.AZURE, "clientSecret",
                    AzureSettings.secretNeeded(mustBeEnteredAgain.get()))
                    : new InvalidSyncSettingsException("bindPassword",
                    LdapSettings.passwordNeeded(mustBeEnteredAgain.get()));
        }
        return type == DirectoryType.AZURE ? ((AzureSettings) stored).encryptedClientSecret()
                : ((LdapSettings) stored).encryptedBindPassword();
    }

    private static SyncPlan typed(SyncPlan saved, SyncRequest request, LdapSettings ldap, AzureSettings azure,
                                  String secret, Optional<String> scopeChange, Instant now) {
        return new SyncPlan(saved.configurationId(), saved.organizationId(), saved.organizationName(),
                azure != null ? DirectoryType.AZURE : DirectoryType.LDAP, ldap, azure, null, secret,
                request.fields(), request.billingProductId(), saved.settingsVersion(),
                request.deactivationLimit() != null ? request.deactivationLimit() : saved.deactivationLimit(),
                scopeChange.map(change -> new SyncConfiguration.ScopeChange(change + " (in the settings typed in, "
                        + "not saved)", now)).orElse(saved.scopeChange()));
    }
}
