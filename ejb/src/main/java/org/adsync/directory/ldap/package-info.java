/**
 * The LDAP adapter (UnboundID LDAP SDK): LDAPS or StartTLS connections whose certificate chain is recorded and
 * judged, paged searches that stream users in scope, and LDAP errors turned into sentences. Active Directory's
 * particulars live in {@code activedirectory}; any other LDAP server (OpenLDAP, 389-DS) is read with the
 * inetOrgPerson attributes and entryUUID as the anchor, disabled as the server keeps it, or as a sync's own
 * "disabled when" filter says. Its source is {@link org.adsync.directory.ldap.LdapConnectionSettings}.
 */
package org.adsync.directory.ldap;
