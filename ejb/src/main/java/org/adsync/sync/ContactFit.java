package org.adsync.sync;

import org.adsync.directory.DirectoryEntry;
import org.adsync.psa.Contact;
import org.adsync.psa.PersonName;

import java.util.Optional;

/** Whether a contact can take a directory user's values as they are, measured by the contact's own limits. */
final class ContactFit {

    private ContactFit() {
    }

    /**
     * Why a contact cannot take this user's values, if it cannot; in the directory's own terms, LDAP attributes or
     * Microsoft Graph properties (an Entra ID user has no DN).
     */
    static Optional<String> problemOf(DirectoryEntry entry) {
        Terms terms = entry.dn() == null ? Terms.GRAPH : Terms.LDAP;
        if (entry.firstName() == null && entry.lastName() == null) {
            return Optional.of("The directory has neither a first nor a last name for this user (" + terms.first
                    + ", " + terms.last + ")");
        }
        return tooLong("first name (" + terms.first + ")", entry.firstName(), PersonName.MAX_PART_LENGTH)
                .or(() -> tooLong("middle name", entry.middleName(), PersonName.MAX_PART_LENGTH))
                .or(() -> tooLong("last name (" + terms.last + ")", entry.lastName(), PersonName.MAX_PART_LENGTH))
                .or(() -> tooLong("email (mail)", entry.email(), Contact.MAX_EMAIL_LENGTH))
                .or(() -> tooLong("phone (" + terms.phone + ")", entry.phone(), Contact.MAX_PHONE_LENGTH))
                .or(() -> tooLong("mobile phone (" + terms.mobile + ")", entry.mobilePhone(), Contact.MAX_PHONE_LENGTH))
                .or(() -> tooLong("title (" + terms.title + ")", entry.title(), Contact.MAX_TITLE_LENGTH));
    }

    /** What each kind of directory calls the values a contact takes. */
    private enum Terms {
        LDAP("givenName", "sn", "telephoneNumber", "mobile", "title"),
        GRAPH("givenName", "surname", "businessPhones", "mobilePhone", "jobTitle");

        private final String first;
        private final String last;
        private final String phone;
        private final String mobile;
        private final String title;

        Terms(String first, String last, String phone, String mobile, String title) {
            this.first = first;
            this.last = last;
            this.phone = phone;
            this.mobile = mobile;
            this.title = title;
        }
    }

    private static Optional<String> tooLong(String field, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return Optional.empty();
        }
        return Optional.of("The directory's " + field + " is " + value.length()
                + " characters long; a contact takes at most " + limit + ". Shorten it in the directory.");
    }
}
