package org.adsync.psa.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.psa.BillingProductRepository;
import org.adsync.psa.ContactBillingProduct;
import org.adsync.psa.InvalidPsaRecordException;
import org.adsync.psa.PsaRecordInUseException;
import org.adsync.psa.PsaRecordUse;
import org.adsync.psa.UnknownPsaRecordException;

import java.util.Optional;

/**
 * Adds, edits and deactivates contact billing products. Names are unique whatever their case; at most one product
 * is the default that a new AD Sync offers first, so making one the default takes it from the other.
 */
@ApplicationScoped
@Transactional
public class BillingProductAdministration {

    @Inject
    BillingProductRepository products;

    @Inject
    Instance<PsaRecordUse> uses;

    @Inject
    AuditLog audit;

    /** Adds the product; answers its id. */
    public long add(BillingProductInput input) {
        ContactBillingProduct product = new ContactBillingProduct(validName(input.name(), null));
        products.add(product);
        offerFirst(product, input.defaultForNewSyncs());
        audit.record(AuditKind.BILLING_PRODUCT_ADDED, AuditTarget.NONE, product.getName(), defaultNote(product));
        return product.getId();
    }

    public void update(long id, BillingProductInput input) {
        ContactBillingProduct product = find(id);
        String before = product.getName();
        product.rename(validName(input.name(), product));
        offerFirst(product, input.defaultForNewSyncs());
        audit.record(AuditKind.BILLING_PRODUCT_CHANGED, AuditTarget.NONE, product.getName(),
                before.equals(product.getName()) ? defaultNote(product) : "Renamed from " + before);
    }

    /** Deactivates the product, unless an AD Sync gives it to new contacts: that is refused, naming the syncs. */
    public void deactivate(long id) {
        ContactBillingProduct product = find(id);
        if (!product.isActive()) {
            return;
        }
        for (PsaRecordUse use : uses) {
            Optional<String> why = use.whyBillingProductStays(id);
            if (why.isPresent()) {
                throw new PsaRecordInUseException(product.getName() + " stays active: " + why.get());
            }
        }
        product.deactivate();
        audit.record(AuditKind.BILLING_PRODUCT_DEACTIVATED, AuditTarget.NONE, product.getName(), null);
    }

    public void reactivate(long id) {
        find(id).reactivate();
    }

    private void offerFirst(ContactBillingProduct product, Boolean first) {
        if (first == null) {
            return;
        }
        if (first && !product.isActive()) {
            throw new InvalidPsaRecordException("defaultForNewSyncs",
                    "A deactivated billing product cannot be the default; reactivate it first.");
        }
        if (first) {
            products.findDefaults().stream().filter(other -> other != product)
                    .forEach(other -> other.offerFirst(false));
        }
        product.offerFirst(first);
    }

    private ContactBillingProduct find(long id) {
        return products.findById(id).orElseThrow(() -> new UnknownPsaRecordException("No billing product " + id));
    }

    private String validName(String name, ContactBillingProduct self) {
        return RecordNames.valid(name, "billing product", ContactBillingProduct.MAX_NAME_LENGTH,
                products::findSameName, self,
                namesake -> "A billing product named " + namesake.getName() + " exists already.");
    }

    private static String defaultNote(ContactBillingProduct product) {
        return product.isDefaultForNewSyncs() ? "The default for new syncs" : null;
    }
}
