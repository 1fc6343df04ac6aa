package org.adsync.sync.engine;

import java.nio.charset.StandardCharsets;

/**
 * A map from 64-bit key hashes to long values in two primitive arrays with open addressing: 32 to 64 bytes per
 * entry (the table is kept at most half full) and no object per entry, which is what lets a sync keep 400,000
 * users' keys in a few megabytes. The first value put under a key stays. Keys are {@link #hash}es of strings, so
 * two strings may share one; the users of this table say what a collision costs them.
 */
final class HashedKeyTable {

    private static final int EMPTY = 0;

    private long[] keys;
    private long[] values;
    private int size;

    /** @param initialSlots a power of two */
    HashedKeyTable(int initialSlots) {
        keys = new long[initialSlots];
        values = new long[initialSlots];
    }

    /** FNV-1a over the text's UTF-8 bytes, never 0 (which marks an empty slot). */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h == EMPTY ? 1 : h;
    }

    /** Puts the value unless the key is there already; answers whether it was put. */
    boolean putIfAbsent(long key, long value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = probe(keys, key);
        if (keys[slot] == key) {
            return false;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
        return true;
    }

    boolean contains(long key) {
        return keys[probe(keys, key)] == key;
    }

    /** The key's value, or the fallback when the key is absent. */
    long get(long key, long absent) {
        int slot = probe(keys, key);
        return keys[slot] == key ? values[slot] : absent;
    }

    int size() {
        return size;
    }

    /** The key's slot, or the empty slot where it would go. */
    private static int probe(long[] table, long key) {
        int mask = table.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = probe(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
