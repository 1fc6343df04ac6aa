package org.adsync.sync.engine;

import org.adsync.directory.DirectoryEntry;
import org.adsync.psa.Contact;
import org.adsync.psa.ContactBillingProduct;
import org.adsync.psa.Organization;
import org.adsync.psa.PersonName;
import org.adsync.sync.ContactField;
import org.adsync.sync.DirectoryUserAttributes;
import org.adsync.sync.FieldChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which directory values reach the contact. */
class ContactUpdateTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final ContactBillingProduct premium = new ContactBillingProduct("Premium");
    private final Contact contact = contact();

    private Contact contact() {
        Contact c = new Contact(new Organization("Contoso", NOW), new PersonName("Ada", null, "Lovelace"), premium,
                NOW);
        c.changeEmail("ada@old.example", NOW);
        c.changePhones("+1 111", "+1 222", NOW);
        c.changeTitle("Analyst", NOW);
        return c;
    }

    private static DirectoryUserAttributes directory(String first, String last, String email, String phone,
                                                     String mobile, String title) {
        return DirectoryUserAttributes.of(new DirectoryEntry("guid", "CN=x", null, null, null, first, null, last,
                email, phone, mobile, title, null, false));
    }

    @Test
    void selectedFieldsFlowFromTheDirectory() {
        List<FieldChange> changes = ContactUpdate.apply(contact,
                directory("Augusta", "King", "augusta@new.example", "+1 333", "+1 444", "Countess"),
                ContactField.all(), NOW);

        assertEquals(List.of(new FieldChange(ContactField.FIRST_NAME, "Ada", "Augusta"),
                new FieldChange(ContactField.LAST_NAME, "Lovelace", "King"),
                new FieldChange(ContactField.EMAIL, "ada@old.example", "augusta@new.example"),
                new FieldChange(ContactField.PHONE, "+1 111", "+1 333"),
                new FieldChange(ContactField.MOBILE_PHONE, "+1 222", "+1 444"),
                new FieldChange(ContactField.TITLE, "Analyst", "Countess")), changes,
                "each changed field from what to what, in the fields' order");
        assertEquals(new PersonName("Augusta", null, "King"), contact.getName());
        assertEquals("augusta@new.example", contact.getEmail().orElseThrow());
        assertEquals("+1 333", contact.getPhone().orElseThrow());
        assertEquals("+1 444", contact.getMobilePhone().orElseThrow());
        assertEquals("Countess", contact.getTitle().orElseThrow());
    }

    @Test
    void aBlankDirectoryValueNeverOverwritesThePsa() {
        List<FieldChange> changes = ContactUpdate.apply(contact,
                directory("Ada", "Lovelace", null, null, null, null), ContactField.all(), NOW);

        assertEquals(List.of(), changes);
        assertEquals("ada@old.example", contact.getEmail().orElseThrow());
        assertEquals("+1 111", contact.getPhone().orElseThrow());
        assertEquals("+1 222", contact.getMobilePhone().orElseThrow());
        assertEquals("Analyst", contact.getTitle().orElseThrow());
    }

    @Test
    void fieldsNotSelectedAreLeftAlone() {
        ContactUpdate.apply(contact, directory("Augusta", "King", "augusta@new.example", "+1 333", null, "Countess"),
                EnumSet.of(ContactField.TITLE), NOW);

        assertEquals(new PersonName("Ada", null, "Lovelace"), contact.getName());
        assertEquals("ada@old.example", contact.getEmail().orElseThrow());
        assertEquals("Countess", contact.getTitle().orElseThrow());
    }

    @Test
    void theBillingProductIsNeverTouched() {
        ContactUpdate.apply(contact, directory("Augusta", "King", "a@b.example", null, null, null),
                ContactField.all(), NOW);

        assertEquals(premium, contact.getBillingProduct().orElseThrow());
    }

    @Test
    void nothingChangesWhenTheDirectoryAgrees() {
        assertEquals(List.of(), ContactUpdate.apply(contact,
                directory("Ada", "Lovelace", "ada@old.example", "+1 111", "+1 222", "Analyst"), ContactField.all(),
                NOW));
        assertEquals(NOW, contact.getUpdatedAt());
    }
}
