package org.adsync.sync.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.adsync.sync.ContactChange;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.DeactivationLimit;
import org.adsync.sync.DirectoryUser;
import org.adsync.sync.DirectoryUserRepository;
import org.adsync.sync.SyncAttempt;
import org.adsync.sync.SyncAttemptRepository;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncOutcome;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Holds a sync whose complete read would deactivate more contacts than its {@link DeactivationLimit} allows (a
 * scope narrowed by mistake, a group emptied): the run then writes nothing, and says how many contacts would go,
 * the likely cause and what to do. Checked after the read and before any contact is touched, so a held run leaves
 * every contact as it was. An admin's approval lets the next run deactivate the contacts the held one listed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeactivationGuard {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    DirectoryUserRepository users;

    @Inject
    SyncAttemptRepository attempts;

    @PersistenceContext(unitName = "adsync")
    EntityManager em;

    /** Why the run must be held, if it must. */
    public Optional<Held> check(RunningSync running, long userSetId) {
        long due = users.deactivationsDue(userSetId);
        if (due == 0) {
            return Optional.empty();
        }
        if (running.approval() != null) {
            return Optional.empty(); // it deactivates only what the admin approved: see ContactWrites
        }
        long synced = users.syncedContacts(userSetId);
        SyncPlan plan = running.plan();
        long allowed = plan.deactivationLimit().allowed(synced);
        if (due <= allowed) {
            return Optional.empty();
        }
        return Optional.of(new Held((int) due, "Held: this sync would deactivate " + due + " of the " + synced
                + " synced contacts, more than its limit of " + allowed + limitIfNotANumber(plan.deactivationLimit())
                + ". Nothing was written: no contact was deactivated, created or updated. " + likelyCause(plan)
                + " If the change is intended, look at what would be deactivated on the AD Users tab and Approve; "
                + "otherwise correct the settings or the directory, and the next sync goes ahead. The deactivation "
                + "limit is on the Setup tab."));
    }

    private static String limitIfNotANumber(DeactivationLimit limit) {
        return limit.kind() == DeactivationLimit.Kind.COUNT ? "" : " (" + limit.describe() + ")";
    }

    /** A held run: how many contacts it would deactivate, and the message that says why it was held. */
    public record Held(int wouldDeactivate, String message) {
    }

    /**
     * Records, as changes of the held attempt, one batch of the contacts it would have deactivated: what an admin
     * looks at before approving. Answers the last user's id, -1 at the end.
     */
    public long recordWouldDeactivate(ReconcileRun run, long afterId, int size) {
        List<DirectoryUser> batch = users.departedAfter(run.userSetId(), afterId, size);
        Instant now = Instant.now();
        for (DirectoryUser user : batch) {
            user.getContact().filter(c -> c.isActive()).ifPresent(contact -> em.persist(new ContactChange(
                    run.attemptId(), contact.getId(), contact.getName().displayName(), ContactWrites.nameOf(user),
                    ContactChangeKind.DEACTIVATED, List.of(), user.isInScope() ? "Disabled in the directory."
                    : "Left the scope (deleted, moved, or no longer selected).", now)));
        }
        return batch.isEmpty() ? -1 : batch.get(batch.size() - 1).getId();
    }

    private String likelyCause(SyncPlan plan) {
        Optional<Instant> lastSync = attempts.latest(plan.configurationId(), AttemptLog.attemptsKept()).stream()
                .filter(a -> a.getOutcome() == SyncOutcome.SUCCEEDED).map(SyncAttempt::getStartedAt).findFirst();
        SyncConfiguration.ScopeChange change = plan.scopeChange();
        if (change != null && (lastSync.isEmpty() || change.at().isAfter(lastSync.get()))) {
            return "Likely cause: " + change.description() + " (" + WHEN.format(change.at()) + ", after the last "
                    + "successful sync).";
        }
        return "The settings that decide who is in scope did not change since the last successful sync"
                + lastSync.map(at -> " (" + WHEN.format(at) + ")").orElse("") + ", so the users left in the "
                + "directory itself: deleted, moved, disabled, or removed from the group.";
    }
}
