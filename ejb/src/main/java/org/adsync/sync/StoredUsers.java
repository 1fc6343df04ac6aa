package org.adsync.sync;

import java.nio.charset.StandardCharsets;

/**
 * What is stored of a configuration's directory users, as a read needs it to skip the unchanged ones: per anchor
 * (a 64-bit hash of it) the fingerprint and whether the user is in scope. Loaded once at the start of a sync in an
 * open-addressing table of about 40 bytes per user (16 MB for 400,000 users), so an unchanged page costs no query.
 * A hash collision can only make a user look known: the snapshot then finds it missing and adds it.
 */
final class StoredUsers {

    private long[] keys = new long[1 << 12];
    private long[] fingerprints = new long[1 << 12];
    private boolean[] inScope = new boolean[1 << 12];
    private int size;

    void put(String anchor, long fingerprint, boolean userInScope) {
        if (size * 2 >= keys.length) {
            grow();
        }
        if (insert(hash(anchor), fingerprint, userInScope)) {
            size++;
        }
    }

    /** Whether a user with this anchor is stored in scope with this fingerprint: nothing to write for it. */
    boolean unchanged(String anchor, long fingerprint) {
        int i = find(hash(anchor));
        return i >= 0 && inScope[i] && fingerprints[i] == fingerprint;
    }

    boolean known(String anchor) {
        return find(hash(anchor)) >= 0;
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int i = index(key, mask); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    private boolean insert(long key, long fingerprint, boolean userInScope) {
        int mask = keys.length - 1;
        int i = index(key, mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        boolean added = keys[i] == 0;
        keys[i] = key;
        fingerprints[i] = fingerprint;
        inScope[i] = userInScope;
        return added;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldFingerprints = fingerprints;
        boolean[] oldInScope = inScope;
        keys = new long[oldKeys.length * 2];
        fingerprints = new long[oldKeys.length * 2];
        inScope = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldFingerprints[i], oldInScope[i]);
            }
        }
    }

    private static int index(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** FNV-1a over the anchor, never 0 (the empty slot); the same hash as {@link SeenAnchors}. */
    static long hash(String anchor) {
        long h = 0xcbf29ce484222325L;
        for (byte b : anchor.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
