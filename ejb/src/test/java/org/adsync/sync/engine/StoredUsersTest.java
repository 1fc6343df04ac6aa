package org.adsync.sync.engine;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compact tables a sync keeps per run instead of the directory. */
class StoredUsersTest {

    @Test
    void tellsUnchangedFromChangedOutOfScopeAndUnknownUsers() {
        StoredUsers stored = new StoredUsers();
        stored.put("a", 1L, true);
        stored.put("b", 2L, false);

        assertTrue(stored.unchanged("a", 1L));
        assertFalse(stored.unchanged("a", 9L), "another fingerprint");
        assertFalse(stored.unchanged("b", 2L), "out of scope: it came back");
        assertFalse(stored.known("c"));
        assertFalse(stored.unchanged("c", 1L));
    }

    @Test
    void holdsAHundredThousandAnchorsAcrossResizes() {
        StoredUsers stored = new StoredUsers();
        SeenAnchors seen = new SeenAnchors();
        String[] anchors = new String[100_000];
        for (int i = 0; i < anchors.length; i++) {
            anchors[i] = UUID.randomUUID().toString();
            stored.put(anchors[i], i, true);
            assertTrue(seen.add(anchors[i]));
        }

        assertEquals(100_000, stored.size());
        assertEquals(100_000, seen.size());
        for (int i = 0; i < anchors.length; i++) {
            assertTrue(stored.unchanged(anchors[i], i));
            assertTrue(seen.contains(anchors[i]));
            assertFalse(seen.add(anchors[i]), "a second time is a duplicate");
        }
        assertFalse(seen.contains(UUID.randomUUID().toString()));
    }
}
