package org.adsync.psa;

/** One row of the organization list. */
public record OrganizationSummary(long id, String name, long contacts, long activeContacts) {
}
