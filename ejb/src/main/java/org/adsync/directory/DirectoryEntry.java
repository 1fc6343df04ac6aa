package org.adsync.directory;

import java.util.Optional;

/**
 * A user as any directory describes it, after the adapter has applied its vendor's rules (which attribute is the
 * anchor, what "disabled" means). Values are trimmed; blank values are null.
 */
public record DirectoryEntry(String anchor, String dn, String accountName, String userPrincipalName,
                             String displayName, String firstName, String middleName, String lastName, String email,
                             String phone, String mobilePhone, String title, String department, boolean disabled) {

    /** The longest value a contact field takes (see org.adsync.psa.Contact and PersonName). */
    private static final int NAME_LIMIT = 100;
    private static final int EMAIL_LIMIT = 254;
    private static final int PHONE_LIMIT = 64;
    private static final int TITLE_LIMIT = 200;

    public DirectoryEntry {
        if (anchor == null || anchor.isBlank()) {
            throw new IllegalArgumentException("A directory entry needs an anchor");
        }
        dn = clean(dn);
        accountName = clean(accountName);
        userPrincipalName = clean(userPrincipalName);
        displayName = clean(displayName);
        firstName = clean(firstName);
        middleName = clean(middleName);
        lastName = clean(lastName);
        email = clean(email);
        phone = clean(phone);
        mobilePhone = clean(mobilePhone);
        title = clean(title);
        department = clean(department);
    }

    /** Why a contact cannot take this user's values as they are, if it cannot. */
    public Optional<String> problem() {
        if (firstName == null && lastName == null) {
            return Optional.of("The directory has neither a first nor a last name for this user (givenName, sn)");
        }
        return tooLong("first name (givenName)", firstName, NAME_LIMIT)
                .or(() -> tooLong("middle name", middleName, NAME_LIMIT))
                .or(() -> tooLong("last name (sn)", lastName, NAME_LIMIT))
                .or(() -> tooLong("email (mail)", email, EMAIL_LIMIT))
                .or(() -> tooLong("phone (telephoneNumber)", phone, PHONE_LIMIT))
                .or(() -> tooLong("mobile phone (mobile)", mobilePhone, PHONE_LIMIT))
                .or(() -> tooLong("title", title, TITLE_LIMIT));
    }

    private static Optional<String> tooLong(String field, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return Optional.empty();
        }
        return Optional.of("The directory's " + field + " is " + value.length() + " characters long; a contact takes at most "
                + limit + ". Shorten it in the directory.");
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
