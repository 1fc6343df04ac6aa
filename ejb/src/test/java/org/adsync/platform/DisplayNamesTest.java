package org.adsync.platform;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names that cannot be confused: what they may hold, how they are stored, when two are one. */
class DisplayNamesTest {

    @Test
    void overridesInvisiblesControlsAndReplacedBytesAreRefusedSayingWhichAndWhere() {
        assertEquals(Optional.of("The name holds a text-direction control, which makes a name read as another "
                + "(U+202E at position 1); remove it."), DisplayNames.problem("\u202Eadmin"));
        assertTrue(DisplayNames.problem("Con\u200Btoso").orElseThrow().contains("an invisible character (U+200B"));
        assertTrue(DisplayNames.problem("Contoso\u0000").orElseThrow().contains("a control character (U+0000"));
        assertTrue(DisplayNames.problem("Contoso\tLtd").orElseThrow().contains("a control character"));
        assertTrue(DisplayNames.problem("Caf\uFFFD").orElseThrow().contains("were not UTF-8"));
        assertTrue(DisplayNames.problem("a\uFEFFb").orElseThrow().contains("invisible"));
    }

    @Test
    void realNamesInAnyScriptPass() {
        for (String name : new String[] {"Contoso Ltd.", "Müller & Söhne GmbH", "株式会社サンプル", "שלום בע\"מ",
                "Ωmega Σystems", "Café – Bäckerei"}) {
            assertEquals(Optional.empty(), DisplayNames.problem(name), name);
        }
    }

    @Test
    void namesAreStoredInNfcAndLookAlikesShareAKey() {
        assertEquals("Café", DisplayNames.normalized(" Cafe\u0301 "), "composed, stripped");
        String contoso = DisplayNames.key("Contoso Ltd");
        assertEquals(contoso, DisplayNames.key("CONTOSO LTD"));
        assertEquals(contoso, DisplayNames.key("Ｃｏｎｔｏｓｏ Ｌｔｄ"), "fullwidth letters");
        assertEquals(contoso, DisplayNames.key("Contoso\u00A0Ltd"), "a non-breaking space");
        assertEquals(contoso, DisplayNames.key("Contoso   Ltd"), "spaces run together");
        assertEquals(DisplayNames.key("Straße"), DisplayNames.key("STRASSE"), "case folded, not only lowered");
        assertNotEquals(contoso, DisplayNames.key("Contoso Ltda"));
    }
}
