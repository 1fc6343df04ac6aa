package org.adsync.sync;

import java.util.Arrays;

/**
 * The anchors one read has seen, kept as 64-bit hashes in an open-addressing table: about 16 bytes per user, so
 * 400,000 users take some 6 MB instead of the directory itself. It answers whether an anchor came twice, and
 * afterwards which stored users were not seen.
 */
final class SeenAnchors {

    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 12];
    private int size;

    /** False when the anchor was seen already in this read. */
    boolean add(String anchor) {
        if (size * 2 >= slots.length) {
            grow();
        }
        boolean added = insert(slots, hash(anchor));
        if (added) {
            size++;
        }
        return added;
    }

    boolean contains(String anchor) {
        long h = hash(anchor);
        int mask = slots.length - 1;
        for (int i = index(h, mask); slots[i] != EMPTY; i = (i + 1) & mask) {
            if (slots[i] == h) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = index(h, mask);
        while (table[i] != EMPTY) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.stream(old).filter(h -> h != EMPTY).forEach(h -> insert(slots, h));
    }

    private static int index(long h, int mask) {
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static long hash(String anchor) {
        return StoredUsers.hash(anchor);
    }
}
