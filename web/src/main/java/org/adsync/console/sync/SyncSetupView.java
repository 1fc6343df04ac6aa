package org.adsync.console.sync;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.FieldProblem;
import org.adsync.psa.BillingProductView;
import org.adsync.psa.OrganizationService;
import org.adsync.schedule.SyncScheduler;
import org.adsync.sync.AzureSettingsInput;
import org.adsync.sync.ContactField;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.OrganizationOption;
import org.adsync.sync.SyncAlreadyRunningException;
import org.adsync.sync.UnknownSyncException;
import org.adsync.sync.admin.ConnectionChecks;
import org.adsync.sync.admin.SyncAdministration;
import org.adsync.sync.admin.SyncConfigurationView;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sync page's Setup tab ({@code admin/ad-sync-edit.xhtml}, {@code ?id=} for an existing sync): the settings,
 * Test Connection with each step and the certificate, Preview of the settings as typed, and Save with each problem
 * shown beside its field.
 */
@Named
@ViewScoped
public class SyncSetupView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "setupForm:";
    private static final List<Duration> INTERVALS = List.of(Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(6), Duration.ofHours(12),
            Duration.ofHours(24), Duration.ofDays(2), Duration.ofDays(7));

    @Inject
    SyncAdministration administration;

    @Inject
    ConnectionChecks connectionChecks;

    @Inject
    OrganizationService organizations;

    @Inject
    ConsoleMessages messages;

    @Inject
    SyncScheduler scheduler;

    private Long id;
    private String tab;
    private SyncConfigurationView saved;
    private SetupForm form = new SetupForm();
    private List<OrganizationOption> organizationOptions = List.of();
    private List<BillingProductView> billingProducts = List.of();
    private ConnectionTestReport testReport;

    /** f:viewAction: an unknown id answers 404. */
    public void load() throws IOException {
        if (id != null) {
            try {
                saved = administration.view(id);
            } catch (UnknownSyncException e) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(404, "No such AD Sync");
                faces.responseComplete();
                return;
            }
            form = SetupForm.of(saved);
        } else {
            organizationOptions = administration.organizationsWithoutSync();
        }
        // Deactivated products are offered no more, except the one the sync has; a new sync starts with the default.
        billingProducts = organizations.billingProducts().stream()
                .filter(product -> product.active() || Objects.equals(product.id(), form.getBillingProductId()))
                .toList();
        if (id == null && form.getBillingProductId() == null) {
            billingProducts.stream().filter(BillingProductView::defaultForNewSyncs).findFirst()
                    .ifPresent(product -> form.setBillingProductId(product.id()));
        }
    }

    public void testConnection() {
        testReport = null;
        try {
            testReport = form.getDirectoryType() == DirectoryType.AZURE
                    ? connectionChecks.testConnection(form.getAzure().settings(), id)
                    : connectionChecks.testConnection(form.ldapSettings(), id);
        } catch (InvalidSyncSettingsException e) {
            showBesideFields(e);
        }
    }

    /**
     * Preview of the settings as typed, not saved: the dry run starts in the background and its result, change by
     * change, opens on the AD Users tab. A new sync is saved (disabled, say) before it can be previewed.
     */
    public String preview() {
        try {
            long attempt = scheduler.preview(id, form.request());
            return "/admin/ad-sync-edit?faces-redirect=true&id=" + id + "&tab=users&attempt=" + attempt;
        } catch (InvalidSyncSettingsException e) {
            showBesideFields(e);
        } catch (SyncAlreadyRunningException e) {
            messages.warn("A sync of " + e.organizationName() + " is running", "Preview once it has finished.");
        }
        return null;
    }

    /**
     * Save; an enabled LDAP sync whose connection was not seen to work (a new one never tested, or a test here that
     * failed) first asks "Test before saving?": its first sync would otherwise be the test.
     */
    public String save() {
        if (isTestAdvised()) {
            try {
                if (id == null) {
                    administration.checkNew(form.request());
                }
                PrimeFaces.current().ajax().addCallbackParam("askTest", true);
            } catch (InvalidSyncSettingsException e) {
                showBesideFields(e);
            }
            return null;
        }
        return saveAsIs();
    }

    /** The answer "Save without testing" to that question. */
    public String saveWithoutTest() {
        return saveAsIs();
    }

    private boolean isTestAdvised() {
        if (!form.isEnabled() || form.getDirectoryType() != DirectoryType.LDAP) {
            return false;
        }
        if (testReport != null) {
            return !testReport.succeeded();
        }
        return saved == null || saved.directoryType() != DirectoryType.LDAP;
    }

    private String saveAsIs() {
        try {
            if (id == null) {
                long created = administration.create(form.request());
                form.forgetPassword();
                messages.info("AD Sync saved", form.isEnabled() ? "Its first sync has started." : "It is disabled.");
                keepMessagesAcrossRedirect();
                return "/admin/ad-sync-edit?faces-redirect=true&id=" + created;
            }
            administration.update(id, form.request());
            form.forgetPassword();
            saved = administration.view(id);
            messages.info("AD Sync saved", null);
        } catch (InvalidSyncSettingsException e) {
            showBesideFields(e);
        } catch (SyncAlreadyRunningException e) {
            messages.warn("Not saved: a sync of " + e.organizationName() + " is running",
                    "The AD Type can change once it has finished; its result will appear in the sync history.");
        }
        return null;
    }

    private void showBesideFields(InvalidSyncSettingsException e) {
        boolean azure = e.settingsOf().filter(type -> type == DirectoryType.AZURE).isPresent();
        for (FieldProblem problem : e.problems()) {
            // the Entra ID inputs are prefixed: both kinds of settings are in the page, one of them hidden
            String field = azure && AzureSettingsInput.FIELDS.contains(problem.field())
                    ? "azure" + capitalized(problem.field()) : problem.field();
            messages.field(FORM + field, problem.message());
        }
        int count = e.problems().size();
        messages.warn(count == 1 ? "1 field needs attention" : count + " fields need attention",
                "Each problem is shown beside its field.");
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static void keepMessagesAcrossRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public List<SelectItem> getIntervals() {
        List<Duration> intervals = new ArrayList<>(INTERVALS);
        if (form.getInterval() != null && !intervals.contains(form.getInterval())) {
            intervals.add(form.getInterval());
        }
        return intervals.stream().sorted().map(d -> new SelectItem(d, label(d))).toList();
    }

    static String label(Duration interval) {
        if (interval.toDaysPart() > 0 && interval.toHoursPart() == 0 && interval.toMinutesPart() == 0) {
            return interval.toDays() == 1 ? "Every day" : "Every " + interval.toDays() + " days";
        }
        if (interval.toMinutesPart() == 0 && interval.getSeconds() % 3600 == 0) {
            return interval.toHours() == 1 ? "Every hour" : "Every " + interval.toHours() + " hours";
        }
        return "Every " + interval.toMinutes() + " minutes";
    }

    public boolean isNew() {
        return id == null;
    }

    /** A saved sync about to move to the other kind of directory, whose users will then be read afresh. */
    public boolean isDirectoryTypeChanging() {
        return saved != null && saved.directoryType() != form.getDirectoryType();
    }

    public boolean isPasswordStored() {
        return saved != null && saved.ldap() != null && saved.ldap().bindPasswordSet();
    }

    public boolean isSecretStored() {
        return saved != null && saved.azure() != null && saved.azure().clientSecretSet();
    }

    public ContactField[] getContactFields() {
        return ContactField.values();
    }

    public Long getId() { return id; }
    public void setId(Long value) { id = value; }
    public String getTab() { return tab; }
    public void setTab(String value) { tab = value; }
    public int getActiveTab() { return "users".equals(tab) && id != null ? 1 : 0; }
    public SyncConfigurationView getSaved() { return saved; }
    public SetupForm getForm() { return form; }
    public List<OrganizationOption> getOrganizationOptions() { return organizationOptions; }
    public List<BillingProductView> getBillingProducts() { return billingProducts; }
    public ConnectionTestReport getTestReport() { return testReport; }
}
