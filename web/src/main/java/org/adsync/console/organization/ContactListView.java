package org.adsync.console.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.psa.ContactQuery;
import org.adsync.psa.OrganizationService;

import java.io.Serializable;

/** Every organization's contacts in one searchable table. */
@Named
@ViewScoped
public class ContactListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService service;

    private ContactLazyModel contacts;

    @PostConstruct
    void init() {
        contacts = new ContactLazyModel(service, ContactQuery.all());
    }

    public ContactLazyModel getContacts() {
        return contacts;
    }
}
