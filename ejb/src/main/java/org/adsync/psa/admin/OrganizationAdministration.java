package org.adsync.psa.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.psa.InvalidPsaRecordException;
import org.adsync.psa.Organization;
import org.adsync.psa.OrganizationRepository;
import org.adsync.psa.PsaRecordInUseException;
import org.adsync.psa.PsaRecordUse;
import org.adsync.psa.UnknownPsaRecordException;

import java.time.Clock;
import java.util.Optional;

/**
 * Adds, edits, deactivates and imports organizations. Names are unique whatever their case, so that an import run
 * twice, or a name typed in another case, never makes a second organization. An organization is deactivated, never
 * deleted: its contacts and the audit trail keep naming it.
 */
@ApplicationScoped
@Transactional
public class OrganizationAdministration {

    @Inject
    OrganizationRepository organizations;

    @Inject
    Instance<PsaRecordUse> uses;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** Adds the organization; answers its id. */
    public long add(OrganizationInput input) {
        String name = validName(input.name(), null);
        Organization organization = new Organization(name, clock.instant());
        organization.identifyAs(validExternalId(input.externalId()));
        organizations.add(organization);
        audit.record(AuditKind.ORGANIZATION_ADDED, target(organization), name, externalIdNote(organization));
        return organization.getId();
    }

    public void update(long id, OrganizationInput input) {
        Organization organization = find(id);
        String before = organization.getName();
        organization.rename(validName(input.name(), organization));
        organization.identifyAs(validExternalId(input.externalId()));
        String renamed = before.equals(organization.getName()) ? null : "Renamed from " + before;
        String externalId = externalIdNote(organization);
        audit.record(AuditKind.ORGANIZATION_CHANGED, target(organization), organization.getName(),
                renamed == null ? externalId : externalId == null ? renamed : renamed + "; " + externalId);
    }

    /** Deactivates the organization, unless something relies on it (an enabled AD Sync): that is refused, saying so. */
    public void deactivate(long id) {
        Organization organization = find(id);
        if (!organization.isActive()) {
            return;
        }
        for (PsaRecordUse use : uses) {
            Optional<String> why = use.whyOrganizationStays(id);
            if (why.isPresent()) {
                throw new PsaRecordInUseException(organization.getName() + " stays active: " + why.get());
            }
        }
        organization.deactivate();
        audit.record(AuditKind.ORGANIZATION_DEACTIVATED, target(organization), organization.getName(), null);
    }

    public void reactivate(long id) {
        Organization organization = find(id);
        if (!organization.isActive()) {
            organization.reactivate();
            audit.record(AuditKind.ORGANIZATION_REACTIVATED, target(organization), organization.getName(), null);
        }
    }

    /** What importing this CSV would create and skip; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPlan previewImport(String csv) {
        return OrganizationImport.plan(csv, organizations.nameKeys());
    }

    /** Imports the CSV: creates what the preview would, in one transaction, and answers what it did. */
    public ImportPlan importCsv(String csv) {
        ImportPlan plan = OrganizationImport.plan(csv, organizations.nameKeys());
        for (ImportPlan.Created row : plan.created()) {
            Organization organization = new Organization(row.name(), clock.instant());
            organization.identifyAs(row.externalId());
            organizations.add(organization);
        }
        audit.record(AuditKind.ORGANIZATIONS_IMPORTED, AuditTarget.NONE, plan.created().size() + " created",
                plan.created().size() + " organizations created, " + plan.skipped().size() + " lines skipped");
        return plan.asWritten();
    }

    private Organization find(long id) {
        return organizations.findById(id).orElseThrow(() -> new UnknownPsaRecordException("No organization " + id));
    }

    private String validName(String name, Organization self) {
        return RecordNames.valid(name, "organization", Organization.MAX_NAME_LENGTH,
                organizations::findSameName, self, namesake -> "An organization named "
                        + namesake.getName() + " exists already"
                        + (namesake.isActive() ? "." : " (deactivated: reactivate it)."));
    }

    private static String validExternalId(String externalId) {
        if (externalId != null && externalId.strip().length() > Organization.MAX_EXTERNAL_ID_LENGTH) {
            throw new InvalidPsaRecordException("externalId", "The external id is at most "
                    + Organization.MAX_EXTERNAL_ID_LENGTH + " characters long.");
        }
        return externalId;
    }

    private static String externalIdNote(Organization organization) {
        return organization.getExternalId().map(id -> "External id " + id).orElse(null);
    }

    private static AuditTarget target(Organization organization) {
        return AuditTarget.organization(organization.getId(), organization.getName());
    }
}
