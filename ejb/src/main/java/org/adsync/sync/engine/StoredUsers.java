package org.adsync.sync.engine;

/**
 * What is stored of a configuration's directory users, as a read needs it to skip the unchanged ones: per anchor
 * (a 64-bit hash of it) the fingerprint, and which users are out of scope. Loaded once at the start of a sync
 * ({@link HashedKeyTable}, 17 MB for 400,000 users), so an unchanged page costs no query. A hash collision can only
 * make a user look known: the snapshot then finds it missing and adds it.
 */
final class StoredUsers {

    private final HashedKeyTable fingerprints = new HashedKeyTable(1 << 12);
    /** Usually few: the users that left the scope and may come back. */
    private final HashedKeyTable outOfScope = new HashedKeyTable(1 << 4);

    void put(String anchor, long fingerprint, boolean userInScope) {
        long key = HashedKeyTable.hash(anchor);
        if (fingerprints.putIfAbsent(key, fingerprint) && !userInScope) {
            outOfScope.putIfAbsent(key, 0);
        }
    }

    /** Whether a user with this anchor is stored in scope with this fingerprint: nothing to write for it. */
    boolean unchanged(String anchor, long fingerprint) {
        long key = HashedKeyTable.hash(anchor);
        return fingerprints.contains(key) && fingerprints.get(key, 0) == fingerprint && !outOfScope.contains(key);
    }

    /** The user left the scope during this read: should it come back later in the read, it must be written. */
    void leftScope(String anchor) {
        long key = HashedKeyTable.hash(anchor);
        if (fingerprints.contains(key)) {
            outOfScope.putIfAbsent(key, 0);
        }
    }

    /** Whether the user is stored and was in scope at the last read. */
    boolean inScope(String anchor) {
        long key = HashedKeyTable.hash(anchor);
        return fingerprints.contains(key) && !outOfScope.contains(key);
    }

    boolean known(String anchor) {
        return fingerprints.contains(HashedKeyTable.hash(anchor));
    }

    int size() {
        return fingerprints.size();
    }
}
