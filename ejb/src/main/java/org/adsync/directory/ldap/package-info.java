/**
 * The LDAP adapter (UnboundID LDAP SDK): LDAPS or StartTLS connections whose certificate chain is recorded and
 * judged, paged searches that stream users in scope, and LDAP errors turned into sentences. Active Directory's
 * particulars live in {@code activedirectory}; any other LDAP server (OpenLDAP, 389-DS) is read with the
 * inetOrgPerson attributes and entryUUID as the anchor.
 */
package org.adsync.directory.ldap;
