package org.adsync.sync;

import org.adsync.directory.DirectoryEntry;
import org.adsync.psa.Contact;
import org.adsync.psa.PersonName;

import java.util.Optional;

/** Whether a contact can take a directory user's values as they are, measured by the contact's own limits. */
final class ContactFit {

    private ContactFit() {
    }

    /** Why a contact cannot take this user's values, if it cannot. */
    static Optional<String> problemOf(DirectoryEntry entry) {
        if (entry.firstName() == null && entry.lastName() == null) {
            return Optional.of("The directory has neither a first nor a last name for this user (givenName, sn)");
        }
        return tooLong("first name (givenName)", entry.firstName(), PersonName.MAX_PART_LENGTH)
                .or(() -> tooLong("middle name", entry.middleName(), PersonName.MAX_PART_LENGTH))
                .or(() -> tooLong("last name (sn)", entry.lastName(), PersonName.MAX_PART_LENGTH))
                .or(() -> tooLong("email (mail)", entry.email(), Contact.MAX_EMAIL_LENGTH))
                .or(() -> tooLong("phone (telephoneNumber)", entry.phone(), Contact.MAX_PHONE_LENGTH))
                .or(() -> tooLong("mobile phone (mobile)", entry.mobilePhone(), Contact.MAX_PHONE_LENGTH))
                .or(() -> tooLong("title", entry.title(), Contact.MAX_TITLE_LENGTH));
    }

    private static Optional<String> tooLong(String field, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return Optional.empty();
        }
        return Optional.of("The directory's " + field + " is " + value.length()
                + " characters long; a contact takes at most " + limit + ". Shorten it in the directory.");
    }
}
