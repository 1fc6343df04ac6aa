package org.adsync.psa;

/** One row of the organization list; {@code externalId} is null when none was given. */
public record OrganizationSummary(long id, String name, String externalId, boolean active, long contacts,
                                  long activeContacts) {

    static OrganizationSummary of(Organization organization, long contacts, long activeContacts) {
        return new OrganizationSummary(organization.getId(), organization.getName(),
                organization.getExternalId().orElse(null), organization.isActive(), contacts, activeContacts);
    }
}
