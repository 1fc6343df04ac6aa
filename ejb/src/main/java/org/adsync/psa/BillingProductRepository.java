package org.adsync.psa;

import java.util.List;
import java.util.Optional;

/** Port to the stored contact billing products. */
public interface BillingProductRepository {

    Optional<ContactBillingProduct> findById(long id);

    List<ContactBillingProduct> findAllOrderedByName();

    ContactBillingProduct add(ContactBillingProduct product);
}
