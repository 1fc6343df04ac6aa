package org.adsync.sync.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.Directories;
import org.adsync.directory.DirectorySource;
import org.adsync.directory.DirectoryType;
import org.adsync.sync.AzureSettings;
import org.adsync.sync.AzureSettingsInput;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.LdapSettingsInput;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncConfigurationRepository;
import org.adsync.sync.UnknownSyncException;
import org.adsync.sync.engine.AttemptLog;
import org.adsync.sync.engine.DirectorySources;

import java.util.Optional;

/**
 * Test Connection, with the stored settings or with settings not saved yet. A test holds no transaction while it
 * waits for the directory. A stored secret is reused only for the same server, account, transport and trusted
 * certificates it was entered for, so that no change of settings can send it somewhere else or in clear.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ConnectionChecks {

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    DirectorySources sources;

    @Inject
    Directories directories;

    @Inject
    SyncSettingsChecks checks;

    @Inject
    AttemptLog attemptLog;

    /** With the stored settings; the certificate an LDAP directory shows becomes the configuration's SSL status. */
    public ConnectionTestReport testConnection(long configurationId) {
        SyncConfiguration configuration = configurations.findById(configurationId).orElseThrow(
                () -> new UnknownSyncException("No AD Sync configuration " + configurationId));
        if (configuration.getDirectoryType() == DirectoryType.AZURE) {
            try (DirectorySource source = sources.sourceOf(configuration.getAzure().orElseThrow(), null)) {
                return directories.testConnection(source);
            }
        }
        LdapSettings settings = configuration.getLdap().orElseThrow(() -> new InvalidSyncSettingsException(
                "directoryType", "This AD Sync has no LDAP settings"));
        try (DirectorySource source = sources.sourceOf(settings, settings.encryptedBindPassword())) {
            ConnectionTestReport report = directories.testConnection(source);
            if (report.certificate() != null) {
                attemptLog.certificateSeen(configurationId, report.certificate());
            }
            return report;
        }
    }

    /** LDAP settings not saved yet; without a new password, that configuration's stored one. */
    public ConnectionTestReport testConnection(LdapSettingsInput input, Long configurationId) {
        checks.requireValid(input);
        if (input.hasPassword()) {
            try (DirectorySource source = new LdapSettings(input,
                    SyncSettingsChecks.NO_SECRET_NEEDED).connection(input.bindPassword().clone())) {
                return directories.testConnection(source);
            }
        }
        LdapSettings stored = configurationId == null ? null
                : configurations.findById(configurationId).flatMap(SyncConfiguration::getLdap).orElse(null);
        if (stored == null) {
            throw new InvalidSyncSettingsException("bindPassword", "Enter the bind user's password");
        }
        Optional<String> passwordNeeded = stored.whyPasswordMustBeEnteredAgain(input);
        if (passwordNeeded.isPresent()) {
            throw new InvalidSyncSettingsException("bindPassword", LdapSettings.passwordNeeded(passwordNeeded.get()));
        }
        LdapSettings settings = new LdapSettings(input, stored.encryptedBindPassword());
        try (DirectorySource source = sources.sourceOf(settings, stored.encryptedBindPassword())) {
            return directories.testConnection(source);
        }
    }

    /** Entra ID settings not saved yet; without a new secret, that configuration's stored one. */
    public ConnectionTestReport testConnection(AzureSettingsInput input, Long configurationId) {
        checks.requireValid(input);
        if (input.hasSecret()) {
            try (DirectorySource source = AzureSettings.of(input,
                    SyncSettingsChecks.NO_SECRET_NEEDED).tenant(input.clientSecret().clone(), null)) {
                return directories.testConnection(source);
            }
        }
        AzureSettings stored = configurationId == null ? null
                : configurations.findById(configurationId).flatMap(SyncConfiguration::getAzure).orElse(null);
        if (stored == null) {
            throw new InvalidSyncSettingsException(DirectoryType.AZURE, "clientSecret",
                    "Enter the client secret's Value");
        }
        Optional<String> secretNeeded = stored.whySecretMustBeEnteredAgain(input);
        if (secretNeeded.isPresent()) {
            throw new InvalidSyncSettingsException(DirectoryType.AZURE, "clientSecret",
                    AzureSettings.secretNeeded(secretNeeded.get()));
        }
        AzureSettings settings = AzureSettings.of(input, stored.encryptedClientSecret());
        try (DirectorySource source = sources.sourceOf(settings, null)) {
            return directories.testConnection(source);
        }
    }
}
