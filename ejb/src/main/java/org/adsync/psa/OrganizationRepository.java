package org.adsync.psa;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port to the stored organizations. */
public interface OrganizationRepository {

    Optional<Organization> findById(long id);

    /** All organizations ordered by name; the MSP's customer list is in the thousands, not the millions. */
    List<Organization> findAllOrderedByName();

    /** The organization whose name is the same name, whatever its case and compatibility forms (DisplayNames.key). */
    Optional<Organization> findSameName(String name);

    /** Every organization's name key (DisplayNames.key), for an import to tell the new from the existing. */
    Set<String> nameKeys();

    Organization add(Organization organization);
}
