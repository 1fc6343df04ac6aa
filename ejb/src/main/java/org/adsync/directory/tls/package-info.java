/**
 * The TLS trust of a directory connection, shared by the LDAP and Graph adapters: the JVM's trust store plus the
 * certificates an admin trusted for that directory, and a record of the chain the server showed.
 */
package org.adsync.directory.tls;
