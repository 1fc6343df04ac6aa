package org.adsync.psa;

import java.util.List;
import java.util.Optional;

/** Port to the stored organizations. */
public interface OrganizationRepository {

    Optional<Organization> findById(long id);

    /** All organizations ordered by name; the MSP's customer list is in the thousands, not the millions. */
    List<Organization> findAllOrderedByName();

    Organization add(Organization organization);
}
