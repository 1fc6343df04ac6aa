package org.adsync.psa;

/** A contact billing product as the console lists it. */
public record BillingProductView(long id, String name, boolean active) {

    static BillingProductView of(ContactBillingProduct product) {
        return new BillingProductView(product.getId(), product.getName(), product.isActive());
    }
}
