package org.adsync.directory;

/** How the organization's directory is reached (the seed's "AD Type"). */
public enum DirectoryType {
    /** Active Directory or another LDAP server, over LDAPS or StartTLS. */
    LDAP,
    /** Microsoft Entra ID (Azure AD), through Microsoft Graph. */
    AZURE
}
