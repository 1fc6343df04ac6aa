package org.adsync.sync.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashedKeyTableTest {

    @Test
    void keepsTheFirstValueOfAKeyAndAnswersAbsentKeys() {
        HashedKeyTable table = new HashedKeyTable(4);
        assertTrue(table.putIfAbsent(42, 7));
        assertFalse(table.putIfAbsent(42, 8));

        assertEquals(7, table.get(42, -1));
        assertEquals(-1, table.get(43, -1));
        assertFalse(table.contains(43));
        assertEquals(1, table.size());
    }

    @Test
    void keysThatShareASlotAllStayFindableAcrossResizes() {
        HashedKeyTable table = new HashedKeyTable(2);
        for (long i = 1; i <= 10_000; i++) {
            assertTrue(table.putIfAbsent(i << 32 | i, i), "keys whose halves cancel out all start at slot 0");
        }
        for (long i = 1; i <= 10_000; i++) {
            assertEquals(i, table.get(i << 32 | i, -1));
        }
        assertEquals(10_000, table.size());
    }

    @Test
    void theHashIsNeverTheEmptyMarker() {
        assertNotEquals(0, HashedKeyTable.hash(""));
        assertNotEquals(HashedKeyTable.hash("a"), HashedKeyTable.hash("b"));
    }
}
