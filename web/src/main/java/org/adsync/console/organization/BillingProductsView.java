package org.adsync.console.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.platform.RequestRefusedException;
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
                message(FacesMessage.SEVERITY_INFO, "Billing product added", name);
            } else {
                administration.update(editedId, new BillingProductInput(name, defaultForNewSyncs));
                message(FacesMessage.SEVERITY_INFO, "Billing product saved", name);
            }
            load();
        } catch (InvalidPsaRecordException refused) {
            FacesContext.getCurrentInstance().addMessage("productForm:" + refused.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void deactivate(BillingProductView product) {
        try {
            administration.deactivate(product.id());
            message(FacesMessage.SEVERITY_INFO, "Billing product deactivated", product.name());
            load();
        } catch (RequestRefusedException refused) {
            message(FacesMessage.SEVERITY_WARN, "Not done", refused.getMessage());
        }
    }

    public void reactivate(BillingProductView product) {
        administration.reactivate(product.id());
        message(FacesMessage.SEVERITY_INFO, "Billing product reactivated", product.name());
        load();
    }

    private static void message(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
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
