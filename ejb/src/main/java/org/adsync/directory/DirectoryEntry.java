package org.adsync.directory;

/**
 * A user as any directory describes it, after the adapter has applied its vendor's rules (which attribute is the
 * anchor, what "disabled" means). Values are trimmed; blank values are null.
 */
public record DirectoryEntry(String anchor, String dn, String accountName, String userPrincipalName,
                             String displayName, String firstName, String middleName, String lastName, String email,
                             String phone, String mobilePhone, String title, String department, boolean disabled) {

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

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
