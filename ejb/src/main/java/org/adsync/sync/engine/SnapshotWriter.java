package org.adsync.sync.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.directory.DirectoryEntry;
import org.adsync.psa.ContactKey;
import org.adsync.psa.ContactRepository;
import org.adsync.sync.DirectoryEntryFingerprint;
import org.adsync.sync.DirectoryUser;
import org.adsync.sync.DirectoryUserRepository;
import org.adsync.sync.DirectoryUserRepository.KnownUser;
import org.adsync.sync.ScopeFacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the directory users as the current read sees them, one page per transaction: a user seen for the first
 * time is added, a known one (by anchor) whose fingerprint changed gets the directory's current values, and an
 * unchanged one costs nothing but a look at its fingerprint.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SnapshotWriter {

    private static final int LOAD_BATCH = 5000;

    @Inject
    DirectoryUserRepository users;

    @Inject
    ContactRepository contacts;

    /** What is stored of the configuration's users, for telling unchanged users without a query per page. */
    public StoredUsers stored(long configurationId) {
        StoredUsers stored = new StoredUsers();
        long after = 0;
        List<KnownUser> batch;
        while (!(batch = users.knownAfter(configurationId, after, LOAD_BATCH)).isEmpty()) {
            batch.forEach(user -> stored.put(user.anchor(), user.fingerprint(), user.inScope()));
            after = batch.get(batch.size() - 1).id();
        }
        return stored;
    }

    /**
     * Writes one page. An entry whose anchor this read has seen already is the newer state of that user where the
     * directory repeats updated users, or where it has the same DN (a server that names an entry twice in one
     * refresh); another entry with the same anchor marks the stored user with the problem, which the
     * reconciliation then reports. An entry that names only what changed completes the stored user;
     * one of a user not stored that does not even say whether the read takes such users (a guest, most likely) is
     * left out.
     */
    public void write(long configurationId, List<DirectoryEntry> page, StoredUsers stored, SeenAnchors seen,
                      boolean repeatsUpdatedUsers) {
        Instant now = Instant.now();
        List<DirectoryEntry> changed = new ArrayList<>();
        List<DirectoryEntry> duplicates = new ArrayList<>();
        for (DirectoryEntry entry : page) {
            if (!seen.add(entry.anchor())) {
                (repeatsUpdatedUsers ? changed : duplicates).add(entry);
            } else if (entry.partial()) {
                changed.add(entry);
            } else if (!stored.known(entry.anchor())) {
                users.add(new DirectoryUser(configurationId, entry, now));
            } else if (!stored.unchanged(entry.anchor(), DirectoryEntryFingerprint.of(entry))) {
                changed.add(entry);
            }
        }
        if (changed.isEmpty() && duplicates.isEmpty()) {
            return;
        }
        List<String> anchors = new ArrayList<>();
        changed.forEach(entry -> anchors.add(entry.anchor()));
        duplicates.forEach(entry -> anchors.add(entry.anchor()));
        Map<String, DirectoryUser> loaded = users.findByAnchors(configurationId, anchors);
        for (DirectoryEntry entry : changed) {
            DirectoryUser user = loaded.get(entry.anchor());
            if (user != null) {
                user.seen(entry.partial() ? entry.over(user.asEntry()) : entry, now);
            } else if (!entry.unknown().contains(DirectoryEntry.Attribute.MEMBERSHIP)) {
                DirectoryUser added = new DirectoryUser(configurationId, entry, now); // or a hash collision
                users.add(added);
                loaded.put(entry.anchor(), added);
            }
        }
        duplicates.forEach(entry -> {
            DirectoryUser first = loaded.get(entry.anchor());
            if (first != null && sameEntry(first, entry)) {
                first.seen(entry, now); // the server sent this entry again (a refresh naming it twice): its latest
            } else if (first != null) {
                first.sameAnchorAs(entry);
            }
        });
    }

    /**
     * Of the users in scope that count as disabled now (by anchor) and those stored as disabled, the ones whose
     * stored state differs and that this read has not sent: for the reader to send in full.
     */
    public List<String> disabledStateDiffers(long configurationId, Set<String> disabledNow, SeenAnchors seen) {
        Set<String> storedDisabled = users.disabledInScope(configurationId);
        List<String> differ = new ArrayList<>();
        disabledNow.stream().filter(anchor -> !storedDisabled.contains(anchor) && !seen.contains(anchor))
                .forEach(differ::add);
        storedDisabled.stream().filter(anchor -> !disabledNow.contains(anchor) && !seen.contains(anchor))
                .forEach(differ::add);
        return differ;
    }

    /**
     * Whether a second entry with a user's anchor is that user's entry again (the same DN) rather than another entry
     * that carries the same anchor (an entryUUID copied by an import, say), which no one can tell apart.
     */
    private static boolean sameEntry(DirectoryUser user, DirectoryEntry entry) {
        String dn = user.getAttributes().dn();
        return dn != null && entry.dn() != null && dn.equalsIgnoreCase(entry.dn());
    }

    /** Users an incremental read reported as gone (deleted, or out of the scope) have left the scope. */
    public void markLeftScope(long configurationId, List<String> anchors, StoredUsers stored) {
        List<Long> ids = users.findByAnchors(configurationId, anchors).values().stream().map(DirectoryUser::getId)
                .toList();
        users.markLeftScope(ids, Instant.now());
        anchors.forEach(stored::leftScope);
    }

    /**
     * After a complete read, one batch: users in scope after that id that the read did not see have left the
     * scope. Answers the last id looked at, or -1 when there are no more.
     */
    public long markNotSeenAsLeftScope(long configurationId, long afterId, int batch, SeenAnchors seen) {
        List<Map.Entry<Long, String>> inScope = users.inScopeAfter(configurationId, afterId, batch);
        if (inScope.isEmpty()) {
            return -1;
        }
        List<Long> gone = inScope.stream().filter(user -> !seen.contains(user.getValue())).map(Map.Entry::getKey)
                .toList();
        users.markLeftScope(gone, Instant.now());
        return inScope.get(inScope.size() - 1).getKey();
    }

    /** The organization's contacts by match key, as they are before this run creates any. */
    public ContactKeys contactKeys(long organizationId) {
        ContactKeys keys = new ContactKeys();
        long after = 0;
        List<ContactKey> batch;
        while (!(batch = contacts.keysAfter(organizationId, after, LOAD_BATCH)).isEmpty()) {
            batch.forEach(contact -> keys.add(contact.id(), contact.emailKey(), contact.nameKey()));
            after = batch.get(batch.size() - 1).id();
        }
        return keys;
    }

    /** The users a run that read only the changes walks, in one pass: see {@link ChangedSince}. */
    public MayNeedWork mayNeedWork(long configurationId, ChangedSince since) {
        return new MayNeedWork(users.mayNeedWork(configurationId, since.users(), since.contacts()));
    }

    public ScopeFacts scopeFacts(long configurationId, boolean disabledUsers) {
        return users.scopeFacts(configurationId, disabledUsers);
    }

    public boolean anyMapped(long configurationId) {
        return users.anyMapped(configurationId);
    }

}
