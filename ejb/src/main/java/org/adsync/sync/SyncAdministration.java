package org.adsync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DirectorySource;
import org.adsync.directory.tls.TrustedCertificates;
import org.adsync.psa.BillingProductRepository;
import org.adsync.psa.ContactBillingProduct;
import org.adsync.psa.Organization;
import org.adsync.psa.OrganizationRepository;
import org.adsync.secret.SecretCipher;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Creating, changing, testing and removing AD Sync configurations: the service the console, the API and the
 * scheduler call. Settings are validated as a whole before anything is saved; secrets are encrypted here and
 * never leave in a view.
 */
@ApplicationScoped
@Transactional
public class SyncAdministration {

    public static final int STATUS_HISTORY = 10;

    /** Stands in for the stored password where none is stored: syntax checks, or a password typed just now. */
    private static final String NO_PASSWORD_NEEDED = "(syntax check only)";

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    SyncAttemptRepository attempts;

    @Inject
    OrganizationRepository organizations;

    @Inject
    BillingProductRepository billingProducts;

    @Inject
    DirectoryReaders readers;

    @Inject
    SecretCipher cipher;

    @Inject
    AttemptLog attemptLog;

    @Inject
    SyncScheduleRepository schedules;

    @Inject
    Event<SyncConfigurationSaved> saved;

    @Inject
    Event<SyncConfigurationRemoved> removed;

    /** Adds an LDAP or Entra ID sync, as the request is; answers its id. */
    public long create(SyncRequest request) {
        return request instanceof AzureSyncRequest azure ? createAzureSync(azure)
                : createLdapSync((LdapSyncRequest) request);
    }

    /** Changes a sync to the request's settings, which may be of the other kind of directory. */
    public void update(long configurationId, SyncRequest request) {
        if (request instanceof AzureSyncRequest azure) {
            updateAzureSync(configurationId, azure);
        } else {
            updateLdapSync(configurationId, (LdapSyncRequest) request);
        }
    }

    public long createLdapSync(LdapSyncRequest request) {
        Organization organization = organizationFor(request);
        if (!request.ldap().hasPassword()) {
            throw new InvalidSyncSettingsException("bindPassword", "Enter the bind user's password");
        }
        validate(request);
        Instant now = Instant.now();
        SyncConfiguration configuration = SyncConfiguration.ldap(organization, request.ldap(),
                cipher.encrypt(request.ldap().bindPassword()), now);
        applyCommon(configuration, request, now);
        return added(configuration);
    }

    public void updateLdapSync(long configurationId, LdapSyncRequest request) {
        SyncConfiguration configuration = findForUpdate(configurationId, request);
        validate(request);
        Instant now = Instant.now();
        try {
            configuration.changeLdapSettings(request.ldap(),
                    request.ldap().hasPassword() ? cipher.encrypt(request.ldap().bindPassword()) : null, now);
        } catch (IllegalArgumentException passwordNeeded) {
            throw new InvalidSyncSettingsException("bindPassword", passwordNeeded.getMessage());
        }
        applyCommon(configuration, request, now);
        saved.fire(new SyncConfigurationSaved(configurationId));
    }

    public long createAzureSync(AzureSyncRequest request) {
        Organization organization = organizationFor(request);
        if (!request.azure().hasSecret()) {
            throw new InvalidSyncSettingsException(DirectoryType.AZURE, "clientSecret",
                    "Enter the client secret's Value");
        }
        validate(request);
        Instant now = Instant.now();
        SyncConfiguration configuration = SyncConfiguration.azure(organization, request.azure(),
                cipher.encrypt(request.azure().clientSecret()), now);
        applyCommon(configuration, request, now);
        return added(configuration);
    }

    public void updateAzureSync(long configurationId, AzureSyncRequest request) {
        SyncConfiguration configuration = findForUpdate(configurationId, request);
        validate(request);
        Instant now = Instant.now();
        boolean scopeChanged;
        try {
            scopeChanged = configuration.changeAzureSettings(request.azure(),
                    request.azure().hasSecret() ? cipher.encrypt(request.azure().clientSecret()) : null, now);
        } catch (IllegalArgumentException secretNeeded) {
            throw new InvalidSyncSettingsException(DirectoryType.AZURE, "clientSecret", secretNeeded.getMessage());
        }
        if (scopeChanged) {
            // the changes Graph would send from the stored link are of other users: the next read is full
            configurations.forgetDeltaLink(configurationId);
        }
        applyCommon(configuration, request, now);
        saved.fire(new SyncConfigurationSaved(configurationId));
    }

    public void enable(long configurationId, boolean enabled) {
        SyncConfiguration configuration = find(configurationId);
        if (enabled) {
            configuration.enable(Instant.now());
        } else {
            configuration.disable(Instant.now());
        }
        saved.fire(new SyncConfigurationSaved(configurationId));
    }

    /**
     * Removes the configuration, its timer, its directory users and all its sync history; the contacts stay. Refused
     * while a sync of it runs, which would otherwise lose the attempt it is writing.
     */
    public void remove(long configurationId) {
        SyncConfiguration configuration = find(configurationId);
        schedules.runningSince(configurationId, Instant.now()).ifPresent(since -> {
            throw new SyncAlreadyRunningException(configuration.getOrganization().getName(), since);
        });
        removed.fire(new SyncConfigurationRemoved(configurationId));
        schedules.remove(configurationId);
        configurations.removeWithHistory(configuration);
    }

    /** Test Connection with the stored settings; the certificate seen becomes the configuration's SSL status. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ConnectionTestReport testConnection(long configurationId) {
        SyncConfiguration configuration = find(configurationId);
        if (configuration.getDirectoryType() == DirectoryType.AZURE) {
            AzureSettings azure = configuration.getAzure().orElseThrow();
            try (DirectorySource source = readers.sourceOf(azure, null)) {
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

    /**
     * Test Connection with settings not saved yet. Without a new password the stored one of that configuration is
     * used, but only for the same server and bind user.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ConnectionTestReport testConnection(LdapSettingsInput input, Long configurationId) {
        validate(input);
        if (input.hasPassword()) {
            try (DirectorySource source = new DirectorySource(new LdapSettings(input, NO_PASSWORD_NEEDED),
                    input.bindPassword().clone())) {
                return readers.forType(DirectoryType.LDAP).testConnection(source);
            }
        }
        LdapSettings stored = configurationId == null ? null
                : configurations.findById(configurationId).flatMap(SyncConfiguration::getLdap).orElse(null);
        if (stored == null) {
            throw new InvalidSyncSettingsException("bindPassword", "Enter the bind user's password");
        }
        if (!stored.sameServerAndAccount(input)) {
            throw new InvalidSyncSettingsException("bindPassword",
                    "Enter the bind password again: the server or the bind user changed");
        }
        LdapSettings settings = new LdapSettings(input, stored.encryptedBindPassword());
        try (DirectorySource source = readers.sourceOf(settings, stored.encryptedBindPassword())) {
            return readers.forType(DirectoryType.LDAP).testConnection(source);
        }
    }

    /**
     * Entra ID's Test Connection with settings not saved yet. Without a new secret the stored one of that
     * configuration is used, but only for the same application in the same tenant and cloud.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ConnectionTestReport testConnection(AzureSettingsInput input, Long configurationId) {
        validate(input);
        if (input.hasSecret()) {
            try (DirectorySource source = new DirectorySource(AzureSettings.of(input, NO_PASSWORD_NEEDED), null,
                    input.clientSecret().clone())) {
                return readers.forType(DirectoryType.AZURE).testConnection(source);
            }
        }
        AzureSettings stored = configurationId == null ? null
                : configurations.findById(configurationId).flatMap(SyncConfiguration::getAzure).orElse(null);
        if (stored == null) {
            throw new InvalidSyncSettingsException(DirectoryType.AZURE, "clientSecret",
                    "Enter the client secret's Value");
        }
        if (!stored.sameTenantAndApplication(input)) {
            throw new InvalidSyncSettingsException(DirectoryType.AZURE, "clientSecret",
                    "Enter the client secret again: the tenant, the application or the cloud changed");
        }
        AzureSettings settings = AzureSettings.of(input, stored.encryptedClientSecret());
        try (DirectorySource source = readers.sourceOf(settings, null)) {
            return readers.forType(DirectoryType.AZURE).testConnection(source);
        }
    }

    /** Which kind of directory the configuration reads; one lookup. */
    public DirectoryType directoryTypeOf(long configurationId) {
        return find(configurationId).getDirectoryType();
    }

    /** UnknownSyncException unless the configuration exists; one lookup, for callers that need nothing else. */
    public void requireExisting(long configurationId) {
        find(configurationId);
    }

    public SyncConfigurationView view(long configurationId) {
        return viewOf(find(configurationId));
    }

    /** The organizations a new AD Sync can be for: those without one. */
    public List<OrganizationOption> organizationsWithoutSync() {
        return configurations.organizationsWithoutSync();
    }

    public List<SyncAttemptView> attempts(long configurationId, int max) {
        return attempts.latest(configurationId, max).stream().map(SyncAttemptView::of).toList();
    }

    /** One attempt of this configuration, with its counts and message. */
    public SyncAttemptView attempt(long configurationId, long attemptId) {
        return attempts.findById(attemptId).filter(a -> a.getConfigurationId() == configurationId)
                .map(SyncAttemptView::of)
                .orElseThrow(() -> new UnknownSyncException("No sync attempt " + attemptId + " of this AD Sync"));
    }

    private SyncConfigurationView viewOf(SyncConfiguration c) {
        ContactBillingProduct product = c.getBillingProduct().orElse(null);
        return new SyncConfigurationView(c.getId(), c.getOrganization().getId(), c.getOrganization().getName(),
                c.isEnabled(), c.getDirectoryType(), c.getLdap().map(SyncConfigurationView.LdapSettingsView::of)
                .orElse(null), c.getAzure().map(a -> SyncConfigurationView.AzureSettingsView.of(a,
                        c.getDeltaLink().isPresent(), LocalDate.now(ZoneOffset.UTC))).orElse(null),
                c.getSyncedFields(), product == null ? null : product.getId(),
                product == null ? null : product.getName(), c.getSslStatus(), c.getSslDetail().orElse(null),
                c.getCertificateExpiresAt().orElse(null), c.getSyncedUsers(), c.getConflicts(),
                c.getInterval(),
                schedules.find(c.getId()).flatMap(SyncSchedule::getNextSyncAt).orElse(null),
                attempts(c.getId(), STATUS_HISTORY));
    }

    private Organization organizationFor(SyncRequest request) {
        Organization organization = organizations.findById(request.organizationId()).orElseThrow(() ->
                new InvalidSyncSettingsException("organizationId", "No organization " + request.organizationId()));
        if (configurations.findByOrganization(organization.getId()).isPresent()) {
            throw new OrganizationAlreadySyncedException(organization.getName());
        }
        return organization;
    }

    private long added(SyncConfiguration configuration) {
        long id = configurations.add(configuration).getId();
        schedules.add(new SyncSchedule(id));
        saved.fire(new SyncConfigurationSaved(id));
        return id;
    }

    private SyncConfiguration findForUpdate(long configurationId, SyncRequest request) {
        SyncConfiguration configuration = find(configurationId);
        if (request.organizationId() != configuration.getOrganization().getId()) {
            throw new InvalidSyncSettingsException("organizationId", "An AD Sync stays with its organization ("
                    + configuration.getOrganization().getName()
                    + "): remove it and add one for the other organization.");
        }
        return configuration;
    }

    private void applyCommon(SyncConfiguration configuration, SyncRequest request, Instant now) {
        configuration.syncFields(request.fields(), now);
        if (request.interval() != null) {
            configuration.syncEvery(request.interval(), now);
        }
        ContactBillingProduct product = request.billingProductId() == null ? null
                : billingProducts.findById(request.billingProductId()).orElseThrow(() ->
                new InvalidSyncSettingsException("billingProductId", "No billing product "
                        + request.billingProductId()));
        configuration.applyBillingProductToNewContacts(product, now);
        if (request.enabled()) {
            configuration.enable(now);
        } else {
            configuration.disable(now);
        }
    }

    private void validate(LdapSyncRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        SyncInterval.problemWith(request.interval()).ifPresent(problems::add);
        problems.addAll(problemsWith(request.ldap()));
        if (!problems.isEmpty()) {
            throw new InvalidSyncSettingsException(problems);
        }
    }

    private void validate(AzureSyncRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        SyncInterval.problemWith(request.interval()).ifPresent(problems::add);
        problems.addAll(problemsWith(request.azure()));
        if (!problems.isEmpty()) {
            throw new InvalidSyncSettingsException(DirectoryType.AZURE, problems);
        }
    }

    private void validate(AzureSettingsInput input) {
        List<FieldProblem> problems = problemsWith(input);
        if (!problems.isEmpty()) {
            throw new InvalidSyncSettingsException(DirectoryType.AZURE, problems);
        }
    }

    private static List<FieldProblem> problemsWith(AzureSettingsInput input) {
        List<FieldProblem> problems = new ArrayList<>(input.problems());
        if (input.trustedCertificatesPem() != null) {
            try {
                TrustedCertificates.parse(input.trustedCertificatesPem());
            } catch (GeneralSecurityException e) {
                problems.add(new FieldProblem("trustedCertificatesPem", "The trusted certificates are not PEM "
                        + "certificates (-----BEGIN CERTIFICATE----- ...): " + e.getMessage()));
            }
        }
        return problems;
    }

    private void validate(LdapSettingsInput input) {
        List<FieldProblem> problems = problemsWith(input);
        if (!problems.isEmpty()) {
            throw new InvalidSyncSettingsException(problems);
        }
    }

    private List<FieldProblem> problemsWith(LdapSettingsInput input) {
        List<FieldProblem> problems = new ArrayList<>(input.problems());
        if (problems.isEmpty()) {
            LdapSettings settings = new LdapSettings(input, NO_PASSWORD_NEEDED);
            problems.addAll(readers.forType(DirectoryType.LDAP).checkSyntax(new DirectorySource(settings, null)));
        }
        return problems;
    }

    private SyncConfiguration find(long configurationId) {
        return configurations.findById(configurationId).orElseThrow(
                () -> new UnknownSyncException("No AD Sync configuration " + configurationId));
    }
}
