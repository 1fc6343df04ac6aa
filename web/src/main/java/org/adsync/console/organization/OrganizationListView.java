package org.adsync.console.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.adsync.console.Notices;
import org.adsync.console.security.CurrentUser;
import org.adsync.psa.InvalidPsaRecordException;
import org.adsync.psa.OrganizationService;
import org.adsync.psa.OrganizationSummary;
import org.adsync.psa.admin.ImportPlan;
import org.adsync.psa.admin.OrganizationAdministration;
import org.adsync.psa.admin.OrganizationInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of customer organizations; for AD Sync administrators also Add, Edit, Deactivate and Reactivate, and
 * an import from CSV that shows what it would create and skip before anything is written.
 */
@Named
@ViewScoped
public class OrganizationListView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Larger files are an export of something else: the API takes up to 8 MiB for scripts. */
    private static final long MAX_CSV_BYTES = 8L * 1024 * 1024;

    @Inject
    OrganizationService service;

    @Inject
    OrganizationAdministration administration;

    @Inject
    CurrentUser currentUser;

    private List<OrganizationSummary> organizations;
    private Long editedId;
    private String name;
    private String externalId;
    private transient Part csvFile;
    private String csv;
    private ImportPlan importPlan;

    @PostConstruct
    void load() {
        // A copy PrimeFaces may sort in place.
        organizations = new ArrayList<>(service.organizations());
    }

    public List<OrganizationSummary> getOrganizations() {
        return organizations;
    }

    public boolean isMayManage() {
        return currentUser.isMayConfigureMicrosoftExtensions();
    }

    public void startAdding() {
        editedId = null;
        name = null;
        externalId = null;
    }

    public void startEditing(OrganizationSummary organization) {
        editedId = organization.id();
        name = organization.name();
        externalId = organization.externalId();
    }

    /** Adds or saves the organization; a refusal stays in the dialog beside its field. */
    public void save() {
        if (!isMayManage()) {
            return;
        }
        try {
            if (editedId == null) {
                administration.add(new OrganizationInput(name, externalId));
                Notices.info("Organization added", name);
            } else {
                administration.update(editedId, new OrganizationInput(name, externalId));
                Notices.info("Organization saved", name);
            }
            load();
        } catch (InvalidPsaRecordException refused) {
            Notices.refused("organizationForm:" + refused.field(), refused.getMessage());
        }
    }

    public void deactivate(OrganizationSummary organization) {
        act(() -> administration.deactivate(organization.id()), "Organization deactivated", organization.name());
    }

    public void reactivate(OrganizationSummary organization) {
        act(() -> administration.reactivate(organization.id()), "Organization reactivated", organization.name());
    }

    /** Reads the chosen file and shows what its import would do; nothing is written yet. */
    public void previewImport() throws IOException {
        importPlan = null;
        if (!isMayManage() || csvFile == null || csvFile.getSize() == 0) {
            Notices.warn("Choose a CSV file", "One organization per line: its name and, optionally, its external id.");
            return;
        }
        if (csvFile.getSize() > MAX_CSV_BYTES) {
            Notices.warn("The file is too large", "At most 8 MiB; split it, or import it with the API.");
            return;
        }
        try (InputStream in = csvFile.getInputStream()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        importPlan = administration.previewImport(csv);
    }

    /** Imports what the preview showed (names taken meanwhile are skipped, and the answer says so). */
    public void confirmImport() {
        if (!isMayManage() || csv == null) {
            return;
        }
        ImportPlan done = administration.importCsv(csv);
        Notices.info(done.created().size() + " organizations imported", done.skipped().isEmpty() ? null
                : done.skipped().size() + " lines skipped, as the preview listed.");
        cancelImport();
        load();
    }

    public void cancelImport() {
        csv = null;
        importPlan = null;
    }

    private void act(Runnable action, String done, String detail) {
        if (isMayManage() && Notices.attempt(action, done, detail)) {
            load();
        }
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public Part getCsvFile() {
        return csvFile;
    }

    public void setCsvFile(Part csvFile) {
        this.csvFile = csvFile;
    }

    public ImportPlan getImportPlan() {
        return importPlan;
    }
}
