package org.adsync.sync;

import org.adsync.directory.DirectoryEntry;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactFitTest {

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
        assertTrue(ContactFit.problemOf(entry(null, " ", null)).orElseThrow().contains("neither a first nor a last name"));
    }

    @Test
    void aValueLongerThanTheContactFieldIsReportedWithItsLength() {
        String problem = ContactFit.problemOf(entry("Ada", "Lovelace", "t".repeat(5000))).orElseThrow();

        assertEquals("The directory's title is 5000 characters long; a contact takes at most 200. "
                + "Shorten it in the directory.", problem);
    }

    @Test
    void anEntryNeedsAnAnchor() {
        assertThrows(IllegalArgumentException.class, () -> new DirectoryEntry(" ", null, null, null, null, "A", null,
                "B", null, null, null, null, null, false));
    }
}
