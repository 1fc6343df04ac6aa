package org.adsync.sync.engine;

import org.adsync.psa.Contact;
import org.adsync.psa.PersonName;
import org.adsync.sync.ContactField;
import org.adsync.sync.DirectoryUserAttributes;
import org.adsync.sync.FieldChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lets the selected fields flow from the directory to a contact. A value blank in the directory never overwrites
 * one in the PSA; a value the contact cannot take (too long) is left out and reported on the directory user.
 */
public final class ContactUpdate {

    private ContactUpdate() {
    }

    /** The fields that changed, from what to what; empty when the contact did not change. */
    public static List<FieldChange> apply(Contact contact, DirectoryUserAttributes directory,
                                          Set<ContactField> fields, Instant now) {
        Map<ContactField, String> before = valuesOf(contact);
        change(contact, directory, fields, now);
        Map<ContactField, String> after = valuesOf(contact);
        List<FieldChange> changes = new ArrayList<>();
        for (ContactField field : ContactField.values()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(new FieldChange(field, before.get(field), after.get(field)));
            }
        }
        return changes;
    }

    /** A contact's values of the fields a sync may write (absent: empty). */
    public static Map<ContactField, String> valuesOf(Contact contact) {
        Map<ContactField, String> values = new EnumMap<>(ContactField.class);
        values.put(ContactField.FIRST_NAME, contact.getName().first());
        values.put(ContactField.MIDDLE_NAME, contact.getName().middle());
        values.put(ContactField.LAST_NAME, contact.getName().last());
        values.put(ContactField.EMAIL, contact.getEmail().orElse(null));
        values.put(ContactField.PHONE, contact.getPhone().orElse(null));
        values.put(ContactField.MOBILE_PHONE, contact.getMobilePhone().orElse(null));
        values.put(ContactField.TITLE, contact.getTitle().orElse(null));
        return values;
    }

    private static boolean change(Contact contact, DirectoryUserAttributes directory, Set<ContactField> fields,
                                  Instant now) {
        boolean changed = rename(contact, directory, fields, now);
        if (fields.contains(ContactField.EMAIL) && differs(directory.email(), contact.getEmail().orElse(null))) {
            changed |= tryChange(() -> contact.changeEmail(directory.email(), now));
        }
        String phone = pick(fields, ContactField.PHONE, directory.phone(), contact.getPhone().orElse(null));
        String mobile = pick(fields, ContactField.MOBILE_PHONE, directory.mobilePhone(),
                contact.getMobilePhone().orElse(null));
        if (!Objects.equals(phone, contact.getPhone().orElse(null))
                || !Objects.equals(mobile, contact.getMobilePhone().orElse(null))) {
            changed |= tryChange(() -> contact.changePhones(phone, mobile, now));
        }
        if (fields.contains(ContactField.TITLE) && differs(directory.title(), contact.getTitle().orElse(null))) {
            changed |= tryChange(() -> contact.changeTitle(directory.title(), now));
        }
        return changed;
    }

    /** The name a new contact gets: the directory's, whatever is selected, since a contact needs a name. */
    public static PersonName nameOf(DirectoryUserAttributes directory) {
        return new PersonName(directory.firstName(), directory.middleName(), directory.lastName());
    }

    private static boolean rename(Contact contact, DirectoryUserAttributes directory, Set<ContactField> fields,
                                  Instant now) {
        PersonName current = contact.getName();
        String first = pick(fields, ContactField.FIRST_NAME, directory.firstName(), current.first());
        String middle = pick(fields, ContactField.MIDDLE_NAME, directory.middleName(), current.middle());
        String last = pick(fields, ContactField.LAST_NAME, directory.lastName(), current.last());
        if (Objects.equals(first, current.first()) && Objects.equals(middle, current.middle())
                && Objects.equals(last, current.last())) {
            return false;
        }
        return tryChange(() -> contact.rename(new PersonName(first, middle, last), now));
    }

    private static String pick(Set<ContactField> fields, ContactField field, String fromDirectory, String current) {
        return fields.contains(field) && fromDirectory != null ? fromDirectory : current;
    }

    private static boolean differs(String fromDirectory, String current) {
        return fromDirectory != null && !fromDirectory.equals(current);
    }

    private static boolean tryChange(Runnable change) {
        try {
            change.run();
            return true;
        } catch (IllegalArgumentException valueTheContactCannotTake) {
            return false;
        }
    }
}
