package org.adsync.directory;

import java.util.EnumSet;
import java.util.Set;

/**
 * A user as any directory describes it, after the adapter has applied its vendor's rules (which attribute is the
 * anchor, what "disabled" means). Values are trimmed; blank values are null. An incremental read may name only what
 * changed (Microsoft Graph's delta does): {@code unknown} lists what the entry does not say, which is then as
 * stored, not empty ({@link #over}).
 */
public record DirectoryEntry(String anchor, String dn, String accountName, String userPrincipalName,
                             String displayName, String firstName, String middleName, String lastName, String email,
                             String phone, String mobilePhone, String title, String department, boolean disabled,
                             Set<Attribute> unknown) {

    /** What an entry may leave unsaid. {@code MEMBERSHIP}: whether the user is one the read takes at all. */
    public enum Attribute {
        ACCOUNT_NAME, USER_PRINCIPAL_NAME, DISPLAY_NAME, FIRST_NAME, LAST_NAME, EMAIL, PHONE, MOBILE_PHONE, TITLE,
        DEPARTMENT, DISABLED, MEMBERSHIP
    }

    /** A complete entry, as full reads give. */
    public DirectoryEntry(String anchor, String dn, String accountName, String userPrincipalName, String displayName,
                          String firstName, String middleName, String lastName, String email, String phone,
                          String mobilePhone, String title, String department, boolean disabled) {
        this(anchor, dn, accountName, userPrincipalName, displayName, firstName, middleName, lastName, email, phone,
                mobilePhone, title, department, disabled, Set.of());
    }

    public DirectoryEntry {
        if (anchor == null || anchor.isBlank()) {
            throw new IllegalArgumentException("A directory entry needs an anchor");
        }
        unknown = unknown == null || unknown.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unknown));
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

    public boolean partial() {
        return !unknown.isEmpty();
    }

    /** This entry with what it leaves unsaid taken from the stored one: complete again. */
    public DirectoryEntry over(DirectoryEntry stored) {
        return new DirectoryEntry(anchor, dn != null ? dn : stored.dn,
                pick(Attribute.ACCOUNT_NAME, accountName, stored.accountName),
                pick(Attribute.USER_PRINCIPAL_NAME, userPrincipalName, stored.userPrincipalName),
                pick(Attribute.DISPLAY_NAME, displayName, stored.displayName),
                pick(Attribute.FIRST_NAME, firstName, stored.firstName), middleName,
                pick(Attribute.LAST_NAME, lastName, stored.lastName), pick(Attribute.EMAIL, email, stored.email),
                pick(Attribute.PHONE, phone, stored.phone),
                pick(Attribute.MOBILE_PHONE, mobilePhone, stored.mobilePhone),
                pick(Attribute.TITLE, title, stored.title), pick(Attribute.DEPARTMENT, department, stored.department),
                unknown.contains(Attribute.DISABLED) ? stored.disabled : disabled, Set.of());
    }

    /** This entry as a disabled account's, whatever the server's own flag says. */
    public DirectoryEntry asDisabled() {
        return disabled ? this : new DirectoryEntry(anchor, dn, accountName, userPrincipalName, displayName,
                firstName, middleName, lastName, email, phone, mobilePhone, title, department, true, unknown);
    }

    private <T> T pick(Attribute attribute, T said, T stored) {
        return unknown.contains(attribute) ? stored : said;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
