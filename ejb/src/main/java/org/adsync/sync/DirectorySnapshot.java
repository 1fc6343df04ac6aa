package org.adsync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.directory.DirectoryEntry;
import org.adsync.sync.DirectoryUserRepository.KnownUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps the directory users as the current read sees them, one page per transaction: a user seen for the first
 * time is added, a known one (by anchor) whose fingerprint changed gets the directory's current values, and an
 * unchanged one costs nothing but a look at its fingerprint.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DirectorySnapshot {

    @Inject
    DirectoryUserRepository users;

    /** Writes one page; answers how many entries had an anchor that this read had seen already. */
    public int write(long configurationId, List<DirectoryEntry> page, SeenAnchors seen) {
        Instant now = Instant.now();
        Map<String, KnownUser> known = users.known(configurationId,
                page.stream().map(DirectoryEntry::anchor).distinct().toList());
        List<DirectoryEntry> changed = new ArrayList<>();
        List<DirectoryEntry> duplicates = new ArrayList<>();
        for (DirectoryEntry entry : page) {
            KnownUser stored = known.get(entry.anchor());
            if (!seen.add(entry.anchor())) {
                duplicates.add(entry);
            } else if (stored == null) {
                users.add(new DirectoryUser(configurationId, entry, now));
            } else if (!stored.inScope() || stored.fingerprint() != DirectoryEntryFingerprint.of(entry)) {
                changed.add(entry);
            }
        }
        if (!changed.isEmpty() || !duplicates.isEmpty()) {
            List<String> toLoad = new ArrayList<>();
            changed.forEach(e -> toLoad.add(e.anchor()));
            duplicates.forEach(e -> toLoad.add(e.anchor()));
            Map<String, DirectoryUser> loaded = users.findByAnchors(configurationId, toLoad);
            changed.forEach(entry -> loaded.get(entry.anchor()).seen(entry, now));
            duplicates.forEach(entry -> {
                DirectoryUser first = loaded.get(entry.anchor());
                if (first != null) {
                    first.sameAnchorAs(entry);
                }
            });
        }
        return duplicates.size();
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

    public ScopeFacts scopeFacts(long configurationId) {
        return users.scopeFacts(configurationId);
    }

    public boolean anyMapped(long configurationId) {
        return users.anyMapped(configurationId);
    }

    public List<Long> nextIds(long configurationId, long afterId, int limit) {
        return users.nextIds(configurationId, afterId, limit);
    }
}
