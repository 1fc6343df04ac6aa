package org.adsync.sync.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.sync.ContactChange;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.ContactChangeRepository;
import org.adsync.sync.ContactChangeView;
import org.adsync.sync.SyncAttemptRepository;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.UnknownSyncException;

import java.util.List;

/**
 * What a sync attempt did to contacts, or what a preview or a held sync found it would do: paged for the console
 * and the API, and per contact for its History.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS) // a long export reads page by page, each page on its own
public class AttemptChanges {

    public static final int MAX_PAGE = 1000;

    @Inject
    SyncAttemptRepository attempts;

    @Inject
    ContactChangeRepository changes;

    /** A page of the attempt's changes of that kind (null: all); UnknownSyncException for another sync's attempt. */
    public ChangePage page(long configurationId, long attemptId, ContactChangeKind kind, int first, int max) {
        attempts.findById(attemptId).filter(a -> a.getConfigurationId() == configurationId)
                .orElseThrow(() -> new UnknownSyncException("No sync attempt " + attemptId + " of this AD Sync"));
        List<ContactChangeView> page = changes.ofAttempt(attemptId, kind, Math.max(0, first),
                Math.max(1, Math.min(MAX_PAGE, max))).stream().map(ContactChange::view).toList();
        return new ChangePage(page, changes.count(attemptId, kind));
    }

    /** The latest changes syncs made to the contact, newest first: the contact page's History. */
    public List<ContactHistoryEntry> ofContact(long contactId, int max) {
        return changes.ofContact(contactId, max).stream().map(row -> new ContactHistoryEntry(row.change().view(),
                row.configurationId(), row.trigger())).toList();
    }

    /** One change of a contact, by which sync and how that sync was started. */
    public record ContactHistoryEntry(ContactChangeView change, long configurationId, SyncTrigger trigger) {
    }

    /** One page of changes and how many there are in all. */
    public record ChangePage(List<ContactChangeView> changes, long total) {
    }
}
