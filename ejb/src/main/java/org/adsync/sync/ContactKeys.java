package org.adsync.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organization's contacts as matching looks them up: by email key and by name key, each as a 64-bit hash to
 * contact ids, built once per sync (about 40 bytes per contact). Only contacts that existed when the sync began
 * are candidates: a contact the sync creates belongs to its user already. Hash collisions only add candidates,
 * which are then compared by their real keys.
 */
final class ContactKeys {

    private final KeyIndex byEmail = new KeyIndex();
    private final KeyIndex byName = new KeyIndex();

    void add(long contactId, String emailKey, String nameKey) {
        if (emailKey != null) {
            byEmail.put(StoredUsers.hash(emailKey), contactId);
        }
        if (nameKey != null) {
            byName.put(StoredUsers.hash(nameKey), contactId);
        }
    }

    List<Long> withEmailKey(String emailKey) {
        return emailKey == null ? List.of() : byEmail.get(StoredUsers.hash(emailKey));
    }

    List<Long> withNameKey(String nameKey) {
        return nameKey == null ? List.of() : byName.get(StoredUsers.hash(nameKey));
    }

    /** long to long, open addressing; a key with more than one value keeps the others aside. */
    private static final class KeyIndex {
        private long[] keys = new long[1 << 10];
        private long[] values = new long[1 << 10];
        private int size;
        private final Map<Long, List<Long>> more = new HashMap<>();

        void put(long key, long value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = (int) (key ^ (key >>> 32)) & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    more.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            size++;
        }

        List<Long> get(long key) {
            int mask = keys.length - 1;
            for (int i = (int) (key ^ (key >>> 32)) & mask; keys[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    List<Long> all = new ArrayList<>();
                    all.add(values[i]);
                    all.addAll(more.getOrDefault(key, List.of()));
                    return all;
                }
            }
            return List.of();
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new long[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int mask = keys.length - 1;
                    int j = (int) (oldKeys[i] ^ (oldKeys[i] >>> 32)) & mask;
                    while (keys[j] != 0) {
                        j = (j + 1) & mask;
                    }
                    keys[j] = oldKeys[i];
                    values[j] = oldValues[i];
                    size++;
                }
            }
        }
    }
}
