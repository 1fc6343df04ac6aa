package org.adsync.psa;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

    private final Organization contoso = new Organization("Contoso", CREATED);

    @Test
    void aNewContactIsActiveWithItsBillingProduct() {
        ContactBillingProduct standard = new ContactBillingProduct("Standard");
        Contact contact = new Contact(contoso, new PersonName("Ada", null, "Lovelace"), standard, CREATED);

        assertTrue(contact.isActive());
        assertEquals(standard, contact.getBillingProduct().orElseThrow());
        assertEquals(CREATED, contact.getUpdatedAt());
    }

    @Test
    void emailIsKeptAsGivenButTrimmedAndBlankMeansNone() {
        Contact contact = new Contact(contoso, new PersonName("Ada", null, "Lovelace"), null, CREATED);

        contact.changeEmail("  Ada@Example.COM ", LATER);
        assertEquals("Ada@Example.COM", contact.getEmail().orElseThrow());

        contact.changeEmail("   ", LATER);
        assertTrue(contact.getEmail().isEmpty());
    }

    @Test
    void deactivatingAndReactivatingOnlyTouchesTheContactWhenTheStateChanges() {
        Contact contact = new Contact(contoso, new PersonName("Ada", null, "Lovelace"), null, CREATED);

        contact.reactivate(LATER);
        assertEquals(CREATED, contact.getUpdatedAt(), "already active: nothing changed");

        contact.deactivate(LATER);
        assertFalse(contact.isActive());
        assertEquals(LATER, contact.getUpdatedAt());

        contact.reactivate(LATER.plusSeconds(60));
        assertTrue(contact.isActive());
    }

    @Test
    void overlongValuesAreRefusedWithTheFieldAndTheLimit() {
        Contact contact = new Contact(contoso, new PersonName("Ada", null, "Lovelace"), null, CREATED);
        String longTitle = "x".repeat(Contact.MAX_TITLE_LENGTH + 1);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> contact.changeTitle(longTitle, LATER));

        assertEquals("Title is 201 characters long; at most 200 are allowed", refused.getMessage());
        assertTrue(contact.getTitle().isEmpty(), "the contact is unchanged");
    }

    @Test
    void aPersonNeedsAFirstOrALastNameAndComparesByValue() {
        assertThrows(IllegalArgumentException.class, () -> new PersonName(" ", "M", null));
        assertEquals(new PersonName("Ada", null, "Lovelace"), new PersonName(" Ada ", "", "Lovelace"));
        assertEquals("Ada K Lovelace", new PersonName("Ada", "K", "Lovelace").displayName());
        assertEquals("Cher", new PersonName("Cher", null, null).displayName());
    }
}
