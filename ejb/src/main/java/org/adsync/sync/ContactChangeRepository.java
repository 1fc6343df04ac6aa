package org.adsync.sync;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Port to what sync attempts did to contacts, and what previews found they would do. */
public interface ContactChangeRepository {

    /** One page of an attempt's changes, of one kind or (null) all, in the order they were made. */
    List<ContactChange> ofAttempt(long attemptId, ContactChangeKind kind, int first, int max);

    long count(long attemptId, ContactChangeKind kind);

    /** Which of these contacts the attempt already recorded a change of that kind for. */
    /** Every contact the attempt changed in that way (a held attempt: those it would have deactivated). */
    Set<Long> contactsChanged(long attemptId, ContactChangeKind kind);

    Set<Long> contactsChanged(long attemptId, ContactChangeKind kind, Collection<Long> contactIds);

    /**
     * The latest changes syncs made to a contact, newest first, each with its attempt's sync and trigger: not those
     * a preview or a held sync found.
     */
    List<HistoryRow> ofContact(long contactId, int max);

    /** One change of a contact with the sync and the trigger of the attempt that made it. */
    record HistoryRow(ContactChange change, long configurationId, SyncTrigger trigger) {
    }
}
