package org.adsync.sync;

import org.adsync.directory.DirectoryEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsafeCharactersTest {

    @Test
    void controlCharactersAndBidiOverridesAreRemovedButATabStays() {
        assertEquals("Ann", UnsafeCharacters.removedFrom("A\u0000n\u0007n\r\n"));
        assertEquals("invoicexlsx.exe", UnsafeCharacters.removedFrom("invoice\u202Exlsx.exe"));
        assertEquals("Sales\tEMEA", UnsafeCharacters.removedFrom("Sales\tEMEA\u2066\u2069\u0085"));
        assertEquals("Zoë O'Brien-Łukasz 李", UnsafeCharacters.removedFrom("Zoë O'Brien-Łukasz 李"));
    }

    @Test
    void usersCleanedAreCountedOnceAndCleanEntriesStayAsTheyWere() {
        DirectoryEntry clean = entry("Ann", "Sales");
        DirectoryEntry hostile = entry("Bo\u202Eb", "Head\u0000 of\u0008 IT");
        UnsafeCharacters unsafe = new UnsafeCharacters();

        List<DirectoryEntry> page = unsafe.cleaned(List.of(clean, hostile));

        assertSame(clean, page.get(0));
        assertEquals("Bob", page.get(1).firstName());
        assertEquals("Head of IT", page.get(1).title());
        assertEquals("u-2", page.get(1).anchor());
        Optional<String> warning = unsafe.warning();
        assertTrue(warning.orElseThrow().startsWith("1 user had control characters"), warning.toString());
        assertEquals(Optional.empty(), new UnsafeCharacters().warning());
    }

    private static DirectoryEntry entry(String firstName, String title) {
        return new DirectoryEntry(firstName.startsWith("Ann") ? "u-1" : "u-2", "CN=" + firstName, null, null, null,
                firstName, null, "Test", null, null, null, title, null, false);
    }
}
