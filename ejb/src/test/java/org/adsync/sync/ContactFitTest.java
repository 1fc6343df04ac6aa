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
        assertTrue(ContactFit.problemOf(entry(null, " ", null)).orElseThrow()
                .contains("neither a first nor a last name"));
    }

    @Test
    void aValueLongerThanTheContactFieldIsReportedWithItsLength() {
        String problem = ContactFit.problemOf(entry("Ada", "Lovelace", "t".repeat(5000))).orElseThrow();

        assertEquals("The directory's title (title) is 5000 characters long; a contact takes at most 200. "
                + "Shorten it in the directory.", problem);
    }

    @Test
    void anEntraUserIsToldInMicrosoftGraphsTerms() {
        DirectoryEntry nameless = new DirectoryEntry("0d1f", null, null, "svc@contoso.example", null, null, null,
                null, null, null, null, "t".repeat(300), null, false);
        DirectoryEntry longTitle = new DirectoryEntry("0d1f", null, null, null, null, "Ada", null, "Lovelace", null,
                null, null, "t".repeat(300), null, false);

        assertTrue(ContactFit.problemOf(nameless).orElseThrow().endsWith("(givenName, surname)"));
        assertTrue(ContactFit.problemOf(longTitle).orElseThrow().startsWith("The directory's title (jobTitle) is 300"));
    }

    @Test
    void anEntryNeedsAnAnchor() {
        assertThrows(IllegalArgumentException.class, () -> new DirectoryEntry(" ", null, null, null, null, "A", null,
                "B", null, null, null, null, null, false));
    }
}
