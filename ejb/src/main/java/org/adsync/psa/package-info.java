/**
 * The PSA records that adsync keeps in step with the customers' directories: organizations (customer companies),
 * their contacts, and the contact billing products. Entities guard their own invariants; the repositories are
 * ports whose JPA adapters live in {@code org.adsync.psa.jpa}; {@link org.adsync.psa.OrganizationService} is the
 * facade the console and the API read through, returning views rather than entities.
 */
package org.adsync.psa;
