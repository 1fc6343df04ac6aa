package org.adsync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DirectorySource;

import java.util.Optional;

/**
 * Test Connection, with the stored settings or with settings not saved yet. A test holds no transaction while it
 * waits for the directory. A stored secret is reused only for the same server, account, transport and trusted
 * certificates it was entered for, so that no change of settings can send it somewhere else or in clear.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SyncConnectionTests {

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    DirectoryReaders readers;

    @Inject
    SyncSettingsChecks checks;

    @Inject
    AttemptLog attemptLog;

    /** With the stored settings; the certificate an LDAP directory shows becomes the configuration's SSL status. */
    public ConnectionTestReport testConnection(long configurationId) {
        SyncConfiguration configuration = configurations.findById(configurationId).orElseThrow(
                () -> new UnknownSyncException("No AD Sync configuration " + configurationId));
        if (configuration.getDirectoryType() == DirectoryType.AZURE) {
            try (DirectorySource source = readers.sourceOf(configuration.getAzure().orElseThrow(), null)) {
                return readers.forType(DirectoryType.AZURE).testConnection(source);
            }
        }
        LdapSettings settings = configuration.getLdap().orElseThrow(() -> new InvalidSyncSettingsException(
                "directoryType", "This AD Sync has no LDAP settings"));
        try (DirectorySource source = readers.sourceOf(settings, settings.encryptedBindPassword())) {
            ConnectionTestReport report = readers.forType(DirectoryType.LDAP).testConnection(source);
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
            try (DirectorySource source = new DirectorySource(
                    new LdapSettings(input, SyncSettingsChecks.NO_SECRET_NEEDED), input.bindPassword().clone())) {
                return readers.forType(DirectoryType.LDAP).testConnection(source);
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
        try (DirectorySource source = readers.sourceOf(settings, stored.encryptedBindPassword())) {
            return readers.forType(DirectoryType.LDAP).testConnection(source);
        }
    }

    /** Entra ID settings not saved yet; without a new secret, that configuration's stored one. */
    public ConnectionTestReport testConnection(AzureSettingsInput input, Long configurationId) {
        checks.requireValid(input);
        if (input.hasSecret()) {
            try (DirectorySource source = new DirectorySource(
                    AzureSettings.of(input, SyncSettingsChecks.NO_SECRET_NEEDED), null, input.clientSecret().clone())) {
                return readers.forType(DirectoryType.AZURE).testConnection(source);
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
        try (DirectorySource source = readers.sourceOf(settings, null)) {
            return readers.forType(DirectoryType.AZURE).testConnection(source);
        }
    }
}
