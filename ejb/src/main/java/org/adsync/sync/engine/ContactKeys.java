package org.adsync.sync.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organization's contacts as matching looks them up: by email key and by name key, each as a 64-bit hash to
 * contact ids, built once per sync ({@link HashedKeyTable}). Only contacts that existed when the sync began
 * are candidates: a contact the sync creates belongs to its user already. Hash collisions only add candidates,
 * which are then compared by their real keys.
 */
final class ContactKeys {

    private final KeyIndex byEmail = new KeyIndex();
    private final KeyIndex byName = new KeyIndex();

    void add(long contactId, String emailKey, String nameKey) {
        if (emailKey != null) {
            byEmail.put(HashedKeyTable.hash(emailKey), contactId);
        }
        if (nameKey != null) {
            byName.put(HashedKeyTable.hash(nameKey), contactId);
        }
    }

    List<Long> withEmailKey(String emailKey) {
        return emailKey == null ? List.of() : byEmail.get(HashedKeyTable.hash(emailKey));
    }

    List<Long> withNameKey(String nameKey) {
        return nameKey == null ? List.of() : byName.get(HashedKeyTable.hash(nameKey));
    }

    /** Hashed key to contact ids: the first id in the table, any further ones aside (shared keys are rare). */
    private static final class KeyIndex {
        private final HashedKeyTable first = new HashedKeyTable(1 << 10);
        private final Map<Long, List<Long>> more = new HashMap<>();

        void put(long key, long contactId) {
            if (!first.putIfAbsent(key, contactId)) {
                more.computeIfAbsent(key, k -> new ArrayList<>()).add(contactId);
            }
        }

        List<Long> get(long key) {
            if (!first.contains(key)) {
                return List.of();
            }
            List<Long> all = new ArrayList<>();
            all.add(first.get(key, 0));
            all.addAll(more.getOrDefault(key, List.of()));
            return all;
        }
    }
}
