package org.adsync.identity;

/** The contact of a signed-in directory user, and its organization, as a portal needs them. */
public record ResolvedContact(long contactId, String firstName, String lastName, String email, long organizationId,
                              String organizationName, String organizationExternalId) {
}
