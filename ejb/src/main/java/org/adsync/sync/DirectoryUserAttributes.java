package org.adsync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.adsync.directory.DirectoryEntry;
import org.adsync.psa.Contact;
import org.adsync.psa.NameKey;
import org.adsync.psa.PersonName;

import java.util.Locale;
import java.util.Objects;

/**
 * A directory user's attributes as stored for the AD Users tab and for matching. Values longer than the columns
 * are cut here for display only; the contact receives a value only when it fits (see the engine's
 * {@code ContactUpdate}).
 */
@Embeddable
public class DirectoryUserAttributes {

    @Column(length = 2048)
    private String dn;
    @Column(name = "account_name", length = 256)
    private String accountName;
    @Column(name = "user_principal_name", length = 1024)
    private String userPrincipalName;
    @Column(name = "display_name", length = 256)
    private String displayName;
    @Column(name = "first_name", length = 100)
    private String firstName;
    @Column(name = "middle_name", length = 100)
    private String middleName;
    @Column(name = "last_name", length = 100)
    private String lastName;
    @Column(length = 254)
    private String email;
    @Column(name = "email_key", length = 254)
    private String emailKey;
    @Column(name = "name_key", length = 320)
    private String nameKey;
    @Column(length = 64)
    private String phone;
    @Column(name = "mobile_phone", length = 64)
    private String mobilePhone;
    @Column(length = 200)
    private String title;
    @Column(length = 200)
    private String department;

    /** What is stored of a user the directory named without any attribute; JPA loads all-null columns as null. */
    static final DirectoryUserAttributes NONE = new DirectoryUserAttributes();

    protected DirectoryUserAttributes() {
        // for JPA
    }

    public static DirectoryUserAttributes of(DirectoryEntry entry) {
        DirectoryUserAttributes a = new DirectoryUserAttributes();
        a.dn = cut(entry.dn(), 2048);
        a.accountName = cut(entry.accountName(), 256);
        a.userPrincipalName = cut(entry.userPrincipalName(), 1024);
        a.displayName = cut(entry.displayName(), 256);
        a.firstName = cut(entry.firstName(), PersonName.MAX_PART_LENGTH);
        a.middleName = cut(entry.middleName(), PersonName.MAX_PART_LENGTH);
        a.lastName = cut(entry.lastName(), PersonName.MAX_PART_LENGTH);
        a.email = cut(entry.email(), Contact.MAX_EMAIL_LENGTH);
        // an address too long for a contact is shown cut, but never matched by its cut form
        a.emailKey = a.email == null || entry.email().length() > Contact.MAX_EMAIL_LENGTH ? null
                : entry.email().toLowerCase(Locale.ROOT);
        a.nameKey = cut(NameKey.of(entry.firstName(), entry.middleName(), entry.lastName()), 320);
        a.phone = cut(entry.phone(), Contact.MAX_PHONE_LENGTH);
        a.mobilePhone = cut(entry.mobilePhone(), Contact.MAX_PHONE_LENGTH);
        a.title = cut(entry.title(), Contact.MAX_TITLE_LENGTH);
        a.department = cut(entry.department(), 200);
        return a;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String dn() { return dn; }
    public String accountName() { return accountName; }
    public String userPrincipalName() { return userPrincipalName; }
    public String displayName() { return displayName; }
    public String firstName() { return firstName; }
    public String middleName() { return middleName; }
    public String lastName() { return lastName; }
    public String email() { return email; }
    public String emailKey() { return emailKey; }
    public String nameKey() { return nameKey; }
    public String phone() { return phone; }
    public String mobilePhone() { return mobilePhone; }
    public String title() { return title; }
    public String department() { return department; }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectoryUserAttributes that
                && Objects.equals(dn, that.dn) && Objects.equals(accountName, that.accountName)
                && Objects.equals(userPrincipalName, that.userPrincipalName)
                && Objects.equals(displayName, that.displayName) && Objects.equals(firstName, that.firstName)
                && Objects.equals(middleName, that.middleName) && Objects.equals(lastName, that.lastName)
                && Objects.equals(email, that.email) && Objects.equals(phone, that.phone)
                && Objects.equals(mobilePhone, that.mobilePhone) && Objects.equals(title, that.title)
                && Objects.equals(department, that.department);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dn, email, firstName, lastName);
    }
}
