package org.adsync.psa;

/** A contact billing product as the console lists it; at most one is the default a new sync offers first. */
public record BillingProductView(long id, String name, boolean active, boolean defaultForNewSyncs) {

    static BillingProductView of(ContactBillingProduct product) {
        return new BillingProductView(product.getId(), product.getName(), product.isActive(),
                product.isDefaultForNewSyncs());
    }
}
