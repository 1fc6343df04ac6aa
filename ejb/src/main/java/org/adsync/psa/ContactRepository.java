package org.adsync.psa;

import java.util.List;
import java.util.Optional;

/** Port to the stored contacts; an organization may have hundreds of thousands, so reads are paged. */
public interface ContactRepository {

    Optional<Contact> findById(long id);

    List<Contact> find(ContactQuery query, int first, int max);

    long count(ContactQuery query);

    /** Active and inactive contact counts per organization id, for the organization list. */
    java.util.Map<Long, ContactCounts> countsByOrganization();

    Contact add(Contact contact);
}
