package org.adsync.console.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.psa.OrganizationService;
import org.adsync.psa.OrganizationSummary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The list of customer organizations. */
@Named
@ViewScoped
public class OrganizationListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService service;

    private List<OrganizationSummary> organizations;

    @PostConstruct
    void load() {
        // A copy PrimeFaces may sort in place.
        organizations = new ArrayList<>(service.organizations());
    }

    public List<OrganizationSummary> getOrganizations() {
        return organizations;
    }
}
