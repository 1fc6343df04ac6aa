package org.adsync.psa;

import java.util.List;
import java.util.Optional;

/** Port to the stored contact billing products. */
public interface BillingProductRepository {

    Optional<ContactBillingProduct> findById(long id);

    Optional<ContactBillingProduct> findByName(String name);

    List<ContactBillingProduct> findAllOrderedByName();

    ContactBillingProduct add(ContactBillingProduct product);
}
