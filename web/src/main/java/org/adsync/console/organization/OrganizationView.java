package org.adsync.console.organization;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.psa.ContactQuery;
import org.adsync.psa.OrganizationService;
import org.adsync.psa.OrganizationSummary;

import java.io.IOException;
import java.io.Serializable;

/** One organization and its contacts ({@code organization.xhtml?id=...}). */
@Named
@ViewScoped
public class OrganizationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService service;

    private Long id;
    private OrganizationSummary organization;
    private ContactLazyModel contacts;

    /** Called by f:viewAction once the id parameter is set; an unknown id answers 404. */
    public void load() throws IOException {
        organization = id == null ? null : service.organization(id).orElse(null);
        if (organization == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such organization");
            faces.responseComplete();
            return;
        }
        contacts = new ContactLazyModel(service, ContactQuery.ofOrganization(organization.id()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganizationSummary getOrganization() {
        return organization;
    }

    public ContactLazyModel getContacts() {
        return contacts;
    }
}
