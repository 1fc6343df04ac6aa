package org.adsync.console.sync;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.schedule.SyncScheduler;
import org.adsync.sync.SecretExpiry;
import org.adsync.sync.SyncListRow;
import org.adsync.sync.admin.SyncAdministration;
import org.adsync.sync.admin.SyncList;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

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

    @PostConstruct
    void init() {
        syncs = new SyncLazyModel(list);
    }

    public void forceSync(SyncListRow row) {
        messages.forceSync(() -> scheduler.forceSync(row.id()), row.organizationName(), row.enabled());
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

    public SyncListRow getSelected() {
        return selected;
    }

    public void setSelected(SyncListRow selected) {
        this.selected = selected;
    }
}
