package org.adsync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.directory.DirectoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Keeps the directory users as the current read sees them, one page per transaction: a user seen for the first
 * time is added, a known one (by anchor) gets the directory's current values.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DirectorySnapshot {

    @Inject
    DirectoryUserRepository users;

    /** Writes one page; answers how many entries shared an anchor with another entry of this read. */
    public int write(long configurationId, long attemptId, List<DirectoryEntry> page) {
        Instant now = Instant.now();
        Map<String, DirectoryUser> known = users.findByAnchors(configurationId,
                page.stream().map(DirectoryEntry::anchor).distinct().toList());
        int duplicates = 0;
        for (DirectoryEntry entry : page) {
            DirectoryUser user = known.get(entry.anchor());
            if (user == null) {
                known.put(entry.anchor(), users.add(new DirectoryUser(configurationId, entry, attemptId, now)));
            } else if (user.seenBy(attemptId)) {
                user.sameAnchorAs(entry);
                duplicates++;
            } else {
                user.seen(entry, attemptId, now);
            }
        }
        return duplicates;
    }

    /** After a complete read: users not seen have left the scope (moved, deleted, no longer in the group). */
    public int markNotSeenAsLeftScope(long configurationId, long attemptId) {
        return users.markNotSeenAsLeftScope(configurationId, attemptId, Instant.now());
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
