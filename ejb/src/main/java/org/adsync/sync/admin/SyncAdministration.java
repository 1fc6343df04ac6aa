package org.adsync.sync.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.FieldProblem;
import org.adsync.psa.BillingProductRepository;
import org.adsync.psa.ContactBillingProduct;
import org.adsync.psa.Organization;
import org.adsync.psa.OrganizationRepository;
import org.adsync.secret.SecretCipher;
import org.adsync.sync.AzureSettings;
import org.adsync.sync.DirectoryUserRepository;
import org.adsync.sync.DirectoryUserTotals;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.OrganizationAlreadySyncedException;
import org.adsync.sync.OrganizationOption;
import org.adsync.sync.SyncAlreadyRunningException;
import org.adsync.sync.SyncAttempt;
import org.adsync.sync.SyncAttemptRepository;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncConfigurationRemoved;
import org.adsync.sync.SyncConfigurationRepository;
import org.adsync.sync.SyncConfigurationSaved;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncSchedule;
import org.adsync.sync.SyncScheduleRepository;
import org.adsync.sync.UnknownSyncException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Creating, changing and removing AD Sync configurations: the service the console, the API and the scheduler call.
 * Settings are checked as a whole before anything is saved ({@link SyncSettingsChecks}); secrets are encrypted here
 * and never leave in a view. Test Connection is {@link ConnectionChecks}.
 */
@ApplicationScoped
@Transactional
public class SyncAdministration {

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    SyncAttemptRepository attempts;

    @Inject
    OrganizationRepository organizations;

    @Inject
    BillingProductRepository billingProducts;

    @Inject
    SyncSettingsChecks checks;

    @Inject
    SecretCipher cipher;

    @Inject
    SyncScheduleRepository schedules;

    @Inject
    DirectoryUserRepository users;

    @Inject
    DirectoryUserTotals userTotals;

    @Inject
    AuditLog audit;

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

    /**
     * Checks a new sync's request as {@link #create(SyncRequest)} would, every problem at once, and saves nothing:
     * the console asks "Test before saving?" only of a request that could be saved.
     */
    public void checkNew(SyncRequest request) {
        if (request instanceof AzureSyncRequest azure) {
            checkNewAzureSync(azure);
        } else {
            checkNewLdapSync((LdapSyncRequest) request);
        }
    }

    public long createLdapSync(LdapSyncRequest request) {
        Organization organization = checkNewLdapSync(request);
        Instant now = Instant.now();
        SyncConfiguration configuration = SyncConfiguration.ldap(organization, request.ldap(),
                cipher.encrypt(request.ldap().bindPassword()), now);
        applyCommon(configuration, request, now);
        return added(configuration);
    }

    public void updateLdapSync(long configurationId, LdapSyncRequest request) {
        SyncConfiguration configuration = findForUpdate(configurationId, request);
        checks.requireValid(request);
        SyncConfigurationView before = viewOf(configuration);
        LdapSettings readBefore = configuration.getLdap().orElse(null);
        forgetUsersOfTheOtherDirectory(configuration, DirectoryType.LDAP);
        Instant now = Instant.now();
        try {
            configuration.changeLdapSettings(request.ldap(),
                    request.ldap().hasPassword() ? cipher.encrypt(request.ldap().bindPassword()) : null, now);
        } catch (IllegalArgumentException passwordNeeded) {
            throw new InvalidSyncSettingsException("bindPassword", passwordNeeded.getMessage());
        }
        if (readBefore != null) {
            // the changes since the last read are those of the old scope, perhaps on another server or for another
            // bind user: the next read is full, and says why
            readBefore.readChangedBy(configuration.getLdap().orElseThrow())
                    .ifPresent(why -> configurations.requireFullRead(configurationId, why));
        }
        applyCommon(configuration, request, now);
        audited(AuditKind.SYNC_CHANGED, configuration, SettingsChanges.between(before, viewOf(configuration),
                request.ldap().hasPassword()));
        saved.fire(new SyncConfigurationSaved(configurationId));
    }

    public long createAzureSync(AzureSyncRequest request) {
        Organization organization = checkNewAzureSync(request);
        Instant now = Instant.now();
        SyncConfiguration configuration = SyncConfiguration.azure(organization, request.azure(),
                cipher.encrypt(request.azure().clientSecret()), now);
        applyCommon(configuration, request, now);
        return added(configuration);
    }

    public void updateAzureSync(long configurationId, AzureSyncRequest request) {
        SyncConfiguration configuration = findForUpdate(configurationId, request);
        checks.requireValid(request);
        SyncConfigurationView before = viewOf(configuration);
        forgetUsersOfTheOtherDirectory(configuration, DirectoryType.AZURE);
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
            configurations.requireFullRead(configurationId, "the settings changed since the last read");
        }
        applyCommon(configuration, request, now);
        audited(AuditKind.SYNC_CHANGED, configuration, SettingsChanges.between(before, viewOf(configuration),
                request.azure().hasSecret()));
        saved.fire(new SyncConfigurationSaved(configurationId));
    }

    public void enable(long configurationId, boolean enabled) {
        SyncConfiguration configuration = find(configurationId);
        if (enabled) {
            configuration.enable(Instant.now());
        } else {
            configuration.disable(Instant.now());
        }
        audited(enabled ? AuditKind.SYNC_ENABLED : AuditKind.SYNC_DISABLED, configuration, null);
        saved.fire(new SyncConfigurationSaved(configurationId));
    }

    /**
     * Removes the configuration, its timer, its directory users and all its sync history; the contacts stay. Refused
     * while a sync of it runs, which would otherwise lose the attempt it is writing.
     */
    public void remove(long configurationId) {
        SyncConfiguration configuration = find(configurationId);
        refuseWhileRunning(configuration);
        audited(AuditKind.SYNC_REMOVED, configuration, "Its directory users and sync history were removed; the "
                + "contacts stay.");
        removed.fire(new SyncConfigurationRemoved(configurationId));
        schedules.remove(configurationId);
        configurations.removeWithHistory(configuration);
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

    /** The latest attempts, the latest first; only the first can be approvable. */
    public List<SyncAttemptView> attempts(long configurationId, int max) {
        List<SyncAttempt> latest = attempts.latest(configurationId, max);
        List<SyncAttemptView> views = new ArrayList<>(latest.size());
        for (SyncAttempt attempt : latest) {
            views.add(SyncAttemptView.of(attempt, views.isEmpty() && approvable(attempt, true)));
        }
        return views;
    }

    /** One attempt of this configuration, with its counts and message, and whether it can be approved now. */
    public SyncAttemptView attempt(long configurationId, long attemptId) {
        SyncAttempt attempt = attempts.findById(attemptId).filter(a -> a.getConfigurationId() == configurationId)
                .orElseThrow(() -> new UnknownSyncException("No sync attempt " + attemptId + " of this AD Sync"));
        return SyncAttemptView.of(attempt, attempt.getOutcome() == SyncOutcome.HELD && approvable(attempt,
                attempts.latest(configurationId, 1).stream().anyMatch(a -> a.getId().equals(attempt.getId()))));
    }

    private boolean approvable(SyncAttempt attempt, boolean latestRun) {
        return attempt.getOutcome() == SyncOutcome.HELD && attempt.whyNotApprovable(latestRun,
                find(attempt.getConfigurationId()).getVersion()).isEmpty();
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
                c.getInterval(), c.getDeactivationLimit(),
                schedules.find(c.getId()).flatMap(SyncSchedule::getNextSyncAt).orElse(null),
                attempts(c.getId(), SyncAttempt.STATUS_HISTORY));
    }

    private void audited(AuditKind kind, SyncConfiguration configuration, String details) {
        audit.record(kind, AuditTarget.sync(configuration.getOrganization().getId(),
                configuration.getOrganization().getName(), configuration.getId()), null, details);
    }

    private Organization checkNewLdapSync(LdapSyncRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Organization organization = organizationFor(request, problems);
        if (!request.ldap().hasPassword()) {
            problems.add(new FieldProblem("bindPassword", "Enter the bind user's password"));
        }
        checks.requireValid(request, problems);
        return organization;
    }

    private Organization checkNewAzureSync(AzureSyncRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Organization organization = organizationFor(request, problems);
        if (!request.azure().hasSecret()) {
            problems.add(new FieldProblem("clientSecret", "Enter the client secret's Value"));
        }
        checks.requireValid(request, problems);
        return organization;
    }

    /**
     * The organization a new sync is for; null, with the problem added, if there is none to choose or it is
     * deactivated, so that the admin sees it together with every other field's problem.
     */
    private Organization organizationFor(SyncRequest request, List<FieldProblem> problems) {
        if (request.organizationId() <= 0) {
            problems.add(new FieldProblem("organizationId", "Choose an organization"));
            return null;
        }
        Organization organization = organizations.findById(request.organizationId()).orElse(null);
        if (organization == null) {
            problems.add(new FieldProblem("organizationId", "That organization no longer exists; choose another"));
        } else if (!organization.isActive()) {
            problems.add(new FieldProblem("organizationId", organization.getName() + " is deactivated; "
                    + "reactivate it (CRM > Organizations) before adding its AD Sync."));
        } else if (configurations.findByOrganization(organization.getId()).isPresent()) {
            throw new OrganizationAlreadySyncedException(organization.getName());
        }
        return organization;
    }

    private long added(SyncConfiguration configuration) {
        long id = configurations.add(configuration).getId();
        audited(AuditKind.SYNC_CREATED, configuration, configuration.getDirectoryType() == DirectoryType.AZURE
                ? "Entra ID tenant " + configuration.getAzure().map(AzureSettings::tenantId).orElse("")
                : "LDAP directory " + configuration.getLdap().map(LdapSettings::host).orElse(""));
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

    /**
     * Moving a sync to the other kind of directory (Active Directory to Entra ID, say) starts its users afresh: the
     * anchors of one directory mean nothing in the other. The users read so far are forgotten, their contacts stay
     * as they are, and the first sync of the new directory matches contacts again by email and name. Keeping the
     * old users instead would deactivate every contact as they left the scope, and then find each contact taken.
     */
    private void forgetUsersOfTheOtherDirectory(SyncConfiguration configuration, DirectoryType newType) {
        if (configuration.getDirectoryType() == newType) {
            return;
        }
        refuseWhileRunning(configuration);
        users.removeAll(configuration.getId());
        configurations.requireFullRead(configuration.getId(), "the AD Type changed");
        userTotals.refresh(configuration.getId());
    }

    /** SyncAlreadyRunningException while a sync runs; otherwise no sync starts until this transaction ends. */
    private void refuseWhileRunning(SyncConfiguration configuration) {
        schedules.lockAgainstNewRuns(configuration.getId()).flatMap(schedule -> schedule.runningSince(Instant.now()))
                .ifPresent(since -> {
                    throw new SyncAlreadyRunningException(configuration.getOrganization().getName(), since);
                });
    }

    private void applyCommon(SyncConfiguration configuration, SyncRequest request, Instant now) {
        configuration.syncFields(request.fields(), now);
        if (request.interval() != null) {
            configuration.syncEvery(request.interval(), now);
        }
        if (request.deactivationLimit() != null) {
            configuration.limitDeactivations(request.deactivationLimit(), now);
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

    private SyncConfiguration find(long configurationId) {
        return configurations.findById(configurationId).orElseThrow(
                () -> new UnknownSyncException("No AD Sync configuration " + configurationId));
    }
}
