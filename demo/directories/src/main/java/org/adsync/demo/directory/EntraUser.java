package org.adsync.demo.directory;

/** A user of the Entra ID look-alike, with the properties adsync selects. */
public record EntraUser(String id, String displayName, String givenName, String surname, String mail,
                        String userPrincipalName, String businessPhone, String mobilePhone, String jobTitle,
                        String department, boolean accountEnabled, String userType, String onPremisesSamAccountName) {

    /** An enabled member user named from its parts, with the mail and sign-in name of the domain. */
    public static EntraUser member(String id, String givenName, String surname, String domain) {
        String alias = (givenName + "." + surname).toLowerCase(java.util.Locale.ROOT);
        return new EntraUser(id, givenName + " " + surname, givenName, surname, alias + "@" + domain,
                alias + "@" + domain, null, null, null, null, true, "Member", null);
    }

    public EntraUser withJobTitle(String title) {
        return new EntraUser(id, displayName, givenName, surname, mail, userPrincipalName, businessPhone, mobilePhone,
                title, department, accountEnabled, userType, onPremisesSamAccountName);
    }

    public EntraUser withMobilePhone(String phone) {
        return new EntraUser(id, displayName, givenName, surname, mail, userPrincipalName, businessPhone, phone,
                jobTitle, department, accountEnabled, userType, onPremisesSamAccountName);
    }

    public EntraUser disabled() {
        return new EntraUser(id, displayName, givenName, surname, mail, userPrincipalName, businessPhone, mobilePhone,
                jobTitle, department, false, userType, onPremisesSamAccountName);
    }

    public EntraUser asGuest() {
        return new EntraUser(id, displayName, givenName, surname, mail, userPrincipalName, businessPhone, mobilePhone,
                jobTitle, department, accountEnabled, "Guest", onPremisesSamAccountName);
    }
}
