/**
 * RFC 4533 content synchronization ("syncrepl", OpenLDAP's syncprov overlay), as far as it needs no connection: the
 * position a read continues from (the server's cookie), why a read must be full instead, and what a cookie says.
 */
package org.adsync.directory.ldap.contentsync;
