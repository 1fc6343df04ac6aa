package org.adsync.psa;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port to the stored organizations. */
public interface OrganizationRepository {

    Optional<Organization> findById(long id);

    /** All organizations ordered by name; the MSP's customer list is in the thousands, not the millions. */
    List<Organization> findAllOrderedByName();

    /** The organization of that name, whatever its case. */
    Optional<Organization> findByNameIgnoringCase(String name);

    /** Every organization's name in lower case, for an import to tell the new from the existing. */
    Set<String> namesInLowerCase();

    Organization add(Organization organization);
}
