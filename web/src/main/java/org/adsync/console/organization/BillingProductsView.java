package org.adsync.console.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.console.Notices;
import org.adsync.psa.BillingProductView;
import org.adsync.psa.InvalidPsaRecordException;
import org.adsync.psa.OrganizationService;
import org.adsync.psa.admin.BillingProductAdministration;
import org.adsync.psa.admin.BillingProductInput;

import java.io.Serializable;
import java.util.List;

/** Admin > Contact Billing Products: add, rename, choose the default for new syncs, deactivate, reactivate. */
@Named
@ViewScoped
public class BillingProductsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService service;

    @Inject
    BillingProductAdministration administration;

    private List<BillingProductView> products;
    private Long editedId;
    private String name;
    private boolean defaultForNewSyncs;

    @PostConstruct
    void load() {
        products = service.billingProducts();
    }

    public List<BillingProductView> getProducts() {
        return products;
    }

    public void startAdding() {
        editedId = null;
        name = null;
        defaultForNewSyncs = false;
    }

    public void startEditing(BillingProductView product) {
        editedId = product.id();
        name = product.name();
        defaultForNewSyncs = product.defaultForNewSyncs();
    }

    public void save() {
        try {
            if (editedId == null) {
                administration.add(new BillingProductInput(name, defaultForNewSyncs));
                Notices.info("Billing product added", name);
            } else {
                administration.update(editedId, new BillingProductInput(name, defaultForNewSyncs));
                Notices.info("Billing product saved", name);
            }
            load();
        } catch (InvalidPsaRecordException refused) {
            Notices.refused("productForm:" + refused.field(), refused.getMessage());
        }
    }

    public void deactivate(BillingProductView product) {
        if (Notices.attempt(() -> administration.deactivate(product.id()), "Billing product deactivated",
                product.name())) {
            load();
        }
    }

    public void reactivate(BillingProductView product) {
        administration.reactivate(product.id());
        Notices.info("Billing product reactivated", product.name());
        load();
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isDefaultForNewSyncs() {
        return defaultForNewSyncs;
    }

    public void setDefaultForNewSyncs(boolean defaultForNewSyncs) {
        this.defaultForNewSyncs = defaultForNewSyncs;
    }
}
