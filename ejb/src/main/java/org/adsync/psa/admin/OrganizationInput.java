package org.adsync.psa.admin;

/** An organization as an admin or a script gives it: a name, and optionally its key in another system. */
public record OrganizationInput(String name, String externalId) {
}
