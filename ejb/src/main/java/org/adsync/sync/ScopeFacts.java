package org.adsync.sync;

import java.util.Set;

/**
 * What matching must know about all directory users in scope at once: which email keys and which name keys more
 * than one of them has. Only the duplicates are held, never the whole directory.
 */
public record ScopeFacts(Set<String> sharedEmailKeys, Set<String> sharedNameKeys) {

    public ScopeFacts {
        sharedEmailKeys = Set.copyOf(sharedEmailKeys);
        sharedNameKeys = Set.copyOf(sharedNameKeys);
    }

    public boolean sharedEmail(String emailKey) {
        return emailKey != null && sharedEmailKeys.contains(emailKey);
    }

    public boolean sharedName(String nameKey) {
        return nameKey != null && sharedNameKeys.contains(nameKey);
    }
}
