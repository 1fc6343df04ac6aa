package org.adsync.psa;

/**
 * Which contacts to list: of one organization or of all, optionally only those whose name or email contains a
 * text, sorted by one of the listed fields.
 */
public record ContactQuery(Long organizationId, String text, boolean activeOnly, SortField sortField,
                           boolean descending) {

    public enum SortField { LAST_NAME, FIRST_NAME, EMAIL, ORGANIZATION, UPDATED }

    public static ContactQuery ofOrganization(long organizationId) {
        return new ContactQuery(organizationId, null, false, SortField.LAST_NAME, false);
    }

    public static ContactQuery all() {
        return new ContactQuery(null, null, false, SortField.LAST_NAME, false);
    }

    public ContactQuery containing(String newText) {
        return new ContactQuery(organizationId, newText, activeOnly, sortField, descending);
    }

    public ContactQuery sortedBy(SortField field, boolean newDescending) {
        return new ContactQuery(organizationId, text, activeOnly, field, newDescending);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
