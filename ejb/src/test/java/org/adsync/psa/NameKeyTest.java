package org.adsync.psa;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** "Normalized name (special characters removed)". */
class NameKeyTest {

    @Test
    void caseAccentsAndSpecialCharactersDoNotMatter() {
        assertEquals(NameKey.of("José", null, "García-Pérez"), NameKey.of("jose", "", "Garcia Perez"));
        assertEquals(NameKey.of("Mary-Kate", null, "O'Brien"), NameKey.of("MARYKATE", null, "OBrien"));
        assertEquals(NameKey.of("Søren", null, "Kierkegaard"), NameKey.of("Soren", null, "Kierkegaard"));
    }

    @Test
    void firstMiddleLastMatchesOnlyWithTheSameMiddleName() {
        assertEquals(NameKey.of("Ada", "K", "Lovelace"), NameKey.of("ada", "k.", "LOVELACE"));
        assertNotEquals(NameKey.of("Ada", "K", "Lovelace"), NameKey.of("Ada", null, "Lovelace"));
        assertNotEquals(NameKey.of("Ada", "K", "Lovelace"), NameKey.of("Ada", "B", "Lovelace"));
    }

    @Test
    void partsStayApart() {
        assertNotEquals(NameKey.of("Ann Marie", null, "Smith"), NameKey.of("Ann", "Marie", "Smith"));
        assertNotEquals(NameKey.of("Anna", null, "Rie"), NameKey.of("An", null, "Narie"));
    }

    @Test
    void nonLatinNamesKeepTheirLetters() {
        assertEquals("山田 太郎", NameKey.of("山田", null, "太郎"));
        assertEquals(NameKey.of("Дмитрий", null, "Иванов"), NameKey.of("дмитрий", null, "ИВАНОВ"));
        assertNotEquals(NameKey.of("Дмитрий", null, "Иванов"), NameKey.of("Дмитрий", null, "Петров"));
    }

    @Test
    void aNameWithoutLettersHasNoKey() {
        assertNull(NameKey.of("---", null, "   "));
        assertNull(NameKey.of(null, "K", null));
    }
}
