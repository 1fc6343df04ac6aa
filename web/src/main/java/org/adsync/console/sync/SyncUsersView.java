package org.adsync.console.sync;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.console.ContentDisposition;
import org.adsync.psa.ContactView;
import org.adsync.schedule.SyncScheduler;
import org.adsync.sync.DirectoryUserFilter;
import org.adsync.sync.DirectoryUserSort;
import org.adsync.sync.DirectoryUserState;
import org.adsync.sync.DirectoryUserView;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.admin.DirectoryUserAdministration;
import org.adsync.sync.admin.SyncAdministration;
import org.adsync.sync.admin.SyncConfigurationView;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sync page's AD Users tab: Force Sync with the next sync below it, the running sync's progress and then its
 * result, the directory users by status, and User Sync Details (map by hand, ignore).
 */
@Named
@ViewScoped
public class SyncUsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CONTACT_SUGGESTIONS = 20;
    private static final int EXPORT_PAGE = 500;

    @Inject
    SyncSetupView setup;

    @Inject
    SyncAdministration administration;

    @Inject
    SyncScheduler scheduler;

    @Inject
    DirectoryUserAdministration users;

    @Inject
    ConsoleMessages messages;

    private long id;
    private SyncConfigurationView sync;
    private SyncAttemptView lastAttempt;
    private DirectoryUserState status;
    private boolean withErrors;
    private DirectoryUserLazyModel table;
    private DirectoryUserView details;
    private ContactView chosenContact;
    private boolean ignore;
    private final Map<Long, ContactView> suggested = new HashMap<>();

    /** f:viewAction after the Setup view's: the id is the page's. */
    public void load() {
        if (setup.getSaved() == null) {
            return;
        }
        id = setup.getId();
        table = new DirectoryUserLazyModel(users, id, this::filter);
        refresh();
    }

    /** Reads the sync's counts, next sync and latest attempt again (the poll calls it while a sync runs). */
    public void refresh() {
        sync = administration.view(id);
        lastAttempt = sync.lastAttempt();
    }

    public void forceSync() {
        force(false);
    }

    /** Force Sync reading every user, not only the changes since the last read. */
    public void fullSync() {
        force(true);
    }

    private void force(boolean full) {
        if (messages.forceSync(() -> scheduler.forceSync(id, full), sync.organizationName(), sync.enabled(),
                (full ? "It reads every user. " : "") + "Its progress and then its result show above the users.")) {
            refresh();
        }
    }

    public void showDetails(DirectoryUserView user) {
        details = users.user(id, user.id());
        chosenContact = null;
        ignore = details.state() == DirectoryUserState.IGNORED;
        suggested.clear();
    }

    public List<ContactView> completeContact(String text) {
        List<ContactView> contacts = users.mappableContacts(id, details.id(), text, CONTACT_SUGGESTIONS);
        contacts.forEach(c -> suggested.put(c.id(), c));
        return contacts;
    }

    /** Applies User Sync Details: Ignore wins; otherwise a chosen contact becomes the manual mapping. */
    public void saveDetails() {
        boolean wasIgnored = details.state() == DirectoryUserState.IGNORED;
        long userId = details.id();
        boolean done;
        if (ignore != wasIgnored) {
            done = messages.run(() -> users.ignore(id, userId, ignore),
                    ignore ? "User ignored" : "User no longer ignored",
                    ignore ? "Every sync skips this user; a mapping it had is removed." : "The next sync matches it.");
        } else if (!ignore && chosenContact != null) {
            ContactView contact = chosenContact;
            done = messages.run(() -> users.mapByHand(id, userId, contact.id()), "User mapped",
                    "Mapped to " + contact.displayName() + "; every sync keeps this mapping.");
        } else {
            done = true;
        }
        if (done) {
            details = null;
            refresh();
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Removes a mapping (by hand or by the sync's matching); the contact stays as it is. */
    public void removeMapping() {
        long userId = details.id();
        String contact = details.contactName();
        if (messages.run(() -> users.unmap(id, userId), "Mapping removed",
                contact + " stays as it is; the next sync matches this user again by email and name.")) {
            details = null;
            refresh();
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * Writes every directory user of the chosen status as CSV, a page of users at a time, whatever the table shows.
     */
    public void exportCsv() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", ContentDisposition.attachment(
                DirectoryUsersCsv.fileName(sync.organizationName(), LocalDate.now(ZoneOffset.UTC))));
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            DirectoryUsersCsv.writeHeader(out);
            int first = 0;
            List<DirectoryUserView> page;
            do {
                page = users.users(id, filter(), DirectoryUserSort.NAME, false, first, EXPORT_PAGE);
                for (DirectoryUserView user : page) {
                    DirectoryUsersCsv.write(out, user);
                }
                first += EXPORT_PAGE;
            } while (page.size() == EXPORT_PAGE);
        }
        faces.responseComplete();
    }

    private DirectoryUserFilter filter() {
        return new DirectoryUserFilter(status, withErrors);
    }

    public boolean isRunning() {
        return lastAttempt != null && lastAttempt.outcome() == SyncOutcome.RUNNING;
    }

    /** A sync runs, or an enabled sync's first one is about to: the tab polls until its result is in. */
    public boolean isAwaitingResult() {
        return isRunning() || (lastAttempt == null && sync != null && sync.enabled());
    }

    /** Carries the chosen contact through the autocomplete by id, from the suggestions it was picked from. */
    public Converter<ContactView> getContactConverter() {
        return new Converter<>() {
            @Override
            public ContactView getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null || value.isBlank() ? null : suggested.get(Long.valueOf(value));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, ContactView value) {
                return value == null ? "" : Long.toString(value.id());
            }
        };
    }

    public DirectoryUserState[] getStatuses() {
        return DirectoryUserState.values();
    }

    public SyncConfigurationView getSync() { return sync; }
    public SyncAttemptView getLastAttempt() { return lastAttempt; }
    public DirectoryUserState getStatus() { return status; }
    public void setStatus(DirectoryUserState value) { status = value; }
    public boolean isWithErrors() { return withErrors; }
    public void setWithErrors(boolean value) { withErrors = value; }
    public DirectoryUserLazyModel getTable() { return table; }
    public DirectoryUserView getDetails() { return details; }
    public ContactView getChosenContact() { return chosenContact; }
    public void setChosenContact(ContactView value) { chosenContact = value; }
    public boolean isIgnore() { return ignore; }
    public void setIgnore(boolean value) { ignore = value; }
}
