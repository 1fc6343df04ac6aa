package org.adsync.console.organization;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.psa.ContactView;
import org.adsync.psa.OrganizationService;
import org.adsync.sync.admin.AttemptChanges;
import org.adsync.sync.admin.AttemptChanges.ContactHistoryEntry;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** One contact ({@code contact.xhtml?id=...}) and its History: which sync changed what, and when. */
@Named
@ViewScoped
public class ContactPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_SHOWN = 200;

    @Inject
    OrganizationService service;

    @Inject
    AttemptChanges changes;

    private Long id;
    private ContactView contact;
    private List<ContactHistoryEntry> history;

    /** Called by f:viewAction once the id parameter is set; an unknown id answers 404. */
    public void load() throws IOException {
        contact = id == null ? null : service.contact(id).orElse(null);
        if (contact == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such contact");
            faces.responseComplete();
            return;
        }
        history = changes.ofContact(id, HISTORY_SHOWN);
    }

    public Long getId() { return id; }
    public void setId(Long value) { id = value; }
    public ContactView getContact() { return contact; }
    public List<ContactHistoryEntry> getHistory() { return history; }
}
