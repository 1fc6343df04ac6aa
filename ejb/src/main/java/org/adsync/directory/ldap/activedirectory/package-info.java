/**
 * What is particular to Microsoft Active Directory: objectGUID's byte order, userAccountControl's disabled bit,
 * the in-chain matching rule for nested group membership, and the data codes of its bind errors.
 */
package org.adsync.directory.ldap.activedirectory;
