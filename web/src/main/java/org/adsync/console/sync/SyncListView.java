package org.adsync.console.sync;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.schedule.SyncScheduler;
import org.adsync.sync.SecretExpiry;
import org.adsync.sync.SyncListQuery;
import org.adsync.sync.SyncListRow;
import org.adsync.sync.admin.SyncAdministration;
import org.adsync.sync.admin.SyncList;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * The AD Sync list page: every organization's sync with its status, and the row menu's Force Sync and Remove (Edit
 * and View AD Users are links to the sync's page).
 */
@Named
@ViewScoped
public class SyncListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SyncList list;

    @Inject
    SyncAdministration administration;

    @Inject
    SyncScheduler scheduler;

    @Inject
    ConsoleMessages messages;

    private SyncLazyModel syncs;
    private SyncListRow selected;
    private final Set<Long> watched = new HashSet<>();
    // the view as the address gives it (f:viewParam), applied when the table is first drawn
    private String name;
    private String enabled;
    private String type;
    private String sort;
    private String order;
    private int first;

    @PostConstruct
    void init() {
        syncs = new SyncLazyModel(list, this::rowsLoaded);
    }

    /** The column's sort as the address asks for it; by organization, A to Z, unless it asks for another. */
    public String sortOrder(String field) {
        String sorted = sort == null ? "organizationName" : sort;
        if (!sorted.equals(field)) {
            return "unsorted";
        }
        return "desc".equals(order) ? "descending" : "ascending";
    }

    /**
     * As the table's rows are drawn: remembers the rows seen running, whose result the list then shows in words,
     * and after a sort, filter or page keeps the address in step with what the table shows, so that Back and a
     * bookmark return to it. (The query string is URL-encoded: no quote can end the script's string.)
     */
    private void rowsLoaded(SyncLazyModel model) {
        model.getWrappedData().stream().filter(SyncLazyModel::running).forEach(row -> watched.add(row.id()));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().executeScript("adsync.keepInAddress('"
                    + SyncListAddress.of(model.shownQuery(), model.shownFirst()) + "');");
        }
    }

    /** The filters exclude some syncs: an empty table then offers to clear them. */
    public boolean isFiltered() {
        SyncListQuery query = syncs.shownQuery();
        return query.organizationName() != null || query.enabled() != null || query.directoryType() != null;
    }

    public boolean isAnyRunning() {
        return syncs.anyRunning();
    }

    /** A sync this page saw running and that has ended: its row says how it went, counts included. */
    public boolean showsResult(SyncListRow row) {
        return watched.contains(row.id()) && !SyncLazyModel.running(row) && !row.lastAttempts().isEmpty();
    }

    public void forceSync(SyncListRow row) {
        if (messages.forceSync(() -> scheduler.forceSync(row.id()), row.organizationName(), row.enabled(),
                "Its row shows its progress and then its result.")) {
            watched.add(row.id());
        }
    }

    /** The selected row's sync page on that tab (the context menu's Edit and View AD Users). */
    public String open(String tab) {
        return selected == null ? null
                : "/admin/ad-sync-edit?faces-redirect=true&id=" + selected.id() + "&tab=" + tab;
    }

    /** Opens the confirmation for this row; {@link #remove()} acts on it. */
    public void askToRemove(SyncListRow row) {
        selected = row;
    }

    public void remove() {
        if (selected == null) {
            return;
        }
        SyncListRow removed = selected;
        selected = null;
        messages.run(() -> administration.remove(removed.id()), "AD Sync of " + removed.organizationName()
                + " removed", "Its sync history and directory users are gone; its contacts stay.");
    }

    /** Where an Entra ID sync's client secret stands today; null for LDAP rows. */
    public SecretExpiry secretExpiry(SyncListRow row) {
        return row.clientSecretExpiry(LocalDate.now(ZoneOffset.UTC));
    }

    /** The tooltip: the date, and how far it is, so an admin can plan the new secret. */
    public String secretDetail(SyncListRow row) {
        LocalDate expiresOn = row.clientSecretExpiresOn();
        if (expiresOn == null) {
            return "Enter the client secret's expiry date on the Setup tab to be warned before it passes.";
        }
        long days = ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), expiresOn);
        return days < 0 ? "The client secret expired on " + expiresOn + ": syncs fail until a new secret is entered."
                : "The client secret expires on " + expiresOn + " (in " + days + " days).";
    }

    public SyncLazyModel getSyncs() {
        return syncs;
    }

    public String getName() { return name; }
    public void setName(String value) { name = value; }
    public String getEnabled() { return enabled; }
    public void setEnabled(String value) { enabled = "true".equals(value) || "false".equals(value) ? value : null; }
    public String getType() { return type; }
    public void setType(String value) { type = SyncListAddress.directoryType(value); }
    public String getSort() { return sort; }
    public void setSort(String value) { sort = value; }
    public String getOrder() { return order; }
    public void setOrder(String value) { order = value; }
    public int getFirst() { return first; }
    public void setFirst(int value) { first = Math.max(0, value); }

    public SyncListRow getSelected() {
        return selected;
    }

    public void setSelected(SyncListRow selected) {
        this.selected = selected;
    }
}
