package org.adsync.psa;

import java.util.List;
import java.util.Optional;

/** Port to the stored contact billing products. */
public interface BillingProductRepository {

    Optional<ContactBillingProduct> findById(long id);

    List<ContactBillingProduct> findAllOrderedByName();

    /** The billing product whose name is the same name, whatever its case and compatibility forms. */
    Optional<ContactBillingProduct> findSameName(String name);

    /** The products new syncs offer first: one, or none. */
    List<ContactBillingProduct> findDefaults();

    ContactBillingProduct add(ContactBillingProduct product);
}
