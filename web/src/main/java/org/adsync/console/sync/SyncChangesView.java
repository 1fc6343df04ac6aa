package org.adsync.console.sync;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.console.security.CurrentUser;
import org.adsync.schedule.SyncScheduler;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.UnknownSyncException;
import org.adsync.sync.admin.AttemptChanges;
import org.adsync.sync.admin.ContactChangesCsv;
import org.adsync.sync.admin.SyncAdministration;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The AD Users tab's changes panel: Preview (a dry run in the background, then what a sync would do, change by
 * change), a held sync with what it would deactivate and Approve, and any attempt's changes opened from the list
 * page's history; each filterable by kind and downloadable as CSV.
 */
@Named
@ViewScoped
public class SyncChangesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SyncSetupView setup;

    @Inject
    SyncAdministration administration;

    @Inject
    AttemptChanges changes;

    @Inject
    SyncScheduler scheduler;

    @Inject
    ConsoleMessages messages;

    @Inject
    CurrentUser currentUser;

    private long id;
    private Long attemptParam;
    private SyncAttemptView shown;
    private Long latestAttemptId;
    private ContactChangeKind kind;
    private ContactChangeLazyModel table;

    /** f:viewAction after the Setup view's: shows the attempt asked for, or else a held latest sync. */
    public void load() {
        if (setup.getSaved() == null) {
            return;
        }
        id = setup.getId();
        table = new ContactChangeLazyModel(changes, id, () -> shown == null ? -1 : shown.id(), () -> kind);
        List<SyncAttemptView> latest = administration.attempts(id, 1);
        latestAttemptId = latest.isEmpty() ? null : latest.get(0).id();
        if (attemptParam != null) {
            try {
                shown = administration.attempt(id, attemptParam);
            } catch (UnknownSyncException e) {
                messages.warn("No such attempt", "It was removed with the older history, or belongs to another sync.");
            }
        } else if (!latest.isEmpty() && latest.get(0).outcome() == SyncOutcome.HELD) {
            shown = latest.get(0);
        }
    }

    public void preview() {
        try {
            shown = administration.attempt(id, scheduler.preview(id));
            kind = null;
        } catch (org.adsync.sync.SyncAlreadyRunningException e) {
            messages.warn("A sync is running", e.getMessage() + " Preview once it has finished.");
        }
    }

    /** The poll's listener while a preview runs. */
    public void refresh() {
        if (shown != null) {
            shown = administration.attempt(id, shown.id());
        }
    }

    public void approve() {
        SyncAttemptView held = shown;
        if (messages.run(() -> shown = administration.attempt(id, scheduler.approve(id, held.id(),
                        currentUser.getName())), "Sync approved",
                "It runs now and deactivates only the " + held.heldDeactivations() + " contacts listed.")) {
            latestAttemptId = shown.id();
            kind = null;
        } else {
            shown = administration.attempt(id, held.id()); // no longer approvable: no Approve offered any more
        }
    }

    public void reject() {
        SyncAttemptView held = shown;
        messages.run(() -> scheduler.reject(id, held.id(), currentUser.getName()), "Hold rejected",
                "Nothing was written. The next sync decides afresh, and holds again if it would still deactivate "
                        + "too many; correct the settings or the directory first.");
        shown = administration.attempt(id, held.id());
    }

    /** Every change of the chosen kind, as CSV, a page at a time whatever the table shows. */
    public void exportCsv() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition",
                "attachment; filename=\"attempt-" + shown.id() + "-changes.csv\"");
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            ContactChangesCsv.write(out, changes, id, shown.id(), kind);
        }
        faces.responseComplete();
    }

    public boolean isRunning() {
        return shown != null && shown.outcome() == SyncOutcome.RUNNING;
    }

    public boolean isPreview() {
        return shown != null && shown.trigger() == SyncTrigger.PREVIEW;
    }

    /**
     * The shown attempt is held and can still be approved or rejected: the latest run, with the settings it ran
     * with, not rejected.
     */
    public boolean isApprovable() {
        return shown != null && shown.approvable();
    }

    public ContactChangeKind[] getKinds() {
        return ContactChangeKind.values();
    }

    public Long getAttemptParam() { return attemptParam; }
    public void setAttemptParam(Long value) { attemptParam = value; }
    public SyncAttemptView getShown() { return shown; }
    public ContactChangeKind getKind() { return kind; }
    public void setKind(ContactChangeKind value) { kind = value; }
    public ContactChangeLazyModel getTable() { return table; }
}
