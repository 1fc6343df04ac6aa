package org.adsync.psa;

import java.time.Instant;

/** A contact as the console and the API show it; no entity leaves the service layer. */
public record ContactView(long id, long organizationId, String organizationName, String firstName,
                          String middleName, String lastName, String displayName, String email, String phone,
                          String mobilePhone, String title, boolean active, String billingProduct,
                          Instant updatedAt) {

    public static ContactView of(Contact contact) {
        PersonName name = contact.getName();
        return new ContactView(contact.getId(), contact.getOrganization().getId(),
                contact.getOrganization().getName(), name.first(), name.middle(), name.last(), name.displayName(),
                contact.getEmail().orElse(null), contact.getPhone().orElse(null),
                contact.getMobilePhone().orElse(null), contact.getTitle().orElse(null), contact.isActive(),
                contact.getBillingProduct().map(ContactBillingProduct::getName).orElse(null),
                contact.getUpdatedAt());
    }
}
