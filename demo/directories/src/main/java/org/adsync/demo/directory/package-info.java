/**
 * Look-alikes of the directories adsync reads, for the tests and the demo: Active Directory over LDAPS (an
 * UnboundID in-memory server with AD's attributes, paging limit and error texts) and Entra ID (the token endpoint
 * and Microsoft Graph's users, groups and delta queries over HTTPS, on the JDK's own HTTP server). Nothing here is
 * in the production EAR.
 */
package org.adsync.demo.directory;
