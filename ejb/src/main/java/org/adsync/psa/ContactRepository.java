package org.adsync.psa;

import java.util.List;
import java.util.Optional;

/** Port to the stored contacts; an organization may have hundreds of thousands, so reads are paged. */
public interface ContactRepository {

    Optional<Contact> findById(long id);

    List<Contact> find(ContactQuery query, int first, int max);

    long count(ContactQuery query);

    /** Active and inactive contact counts per organization id, for the organization list. */
    java.util.Map<Long, ContactTotals> countsByOrganization();

    /** Id, email key and name key of the organization's contacts after that id, in id order (for matching). */
    List<ContactKey> keysAfter(long organizationId, long afterId, int limit);

    /** These contacts (ids that do not exist are left out). */
    List<Contact> findAll(java.util.Collection<Long> ids);

    Contact add(Contact contact);
}
