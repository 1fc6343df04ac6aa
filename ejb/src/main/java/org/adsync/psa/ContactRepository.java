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

    /** The organization's contacts, active or not, whose email key is one of these (for matching). */
    List<Contact> findByEmailKeys(long organizationId, java.util.Collection<String> emailKeys);

    /** The organization's contacts, active or not, whose name key is one of these (for matching). */
    List<Contact> findByNameKeys(long organizationId, java.util.Collection<String> nameKeys);

    Contact add(Contact contact);
}
