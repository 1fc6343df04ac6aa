package org.adsync.directory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryEntryTest {

    private static DirectoryEntry entry(String first, String last, String title) {
        return new DirectoryEntry("a1", "CN=x", null, null, null, first, null, last, "  ", null, null, title, null,
                false);
    }

    @Test
    void blankValuesBecomeNoValue() {
        assertEquals(null, entry("Ada", "Lovelace", null).email());
    }

    @Test
    void anEntryWithoutAnyNameCannotBecomeAContact() {
        assertTrue(entry(null, " ", null).problem().orElseThrow().contains("neither a first nor a last name"));
    }

    @Test
    void aValueLongerThanTheContactFieldIsReportedWithItsLength() {
        String problem = entry("Ada", "Lovelace", "t".repeat(5000)).problem().orElseThrow();

        assertEquals("The directory's title is 5000 characters long; a contact takes at most 200. "
                + "Shorten it in the directory.", problem);
    }

    @Test
    void anEntryNeedsAnAnchor() {
        assertThrows(IllegalArgumentException.class, () -> new DirectoryEntry(" ", null, null, null, null, "A", null,
                "B", null, null, null, null, null, false));
    }
}
