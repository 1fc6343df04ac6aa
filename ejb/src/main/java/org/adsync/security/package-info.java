/**
 * Who may use the console: users stored in the database with PBKDF2 password hashes, each with a security level
 * that grants {@link org.adsync.security.Permission}s. The web tier's Jakarta Security identity store asks
 * {@link org.adsync.security.ConsoleAuthenticator}; a permission's role name is what web.xml and
 * {@code @RolesAllowed} check. Scripts use the API with a password or with an API token ({@link
 * org.adsync.security.ApiTokens}) that acts with its user's permissions.
 */
package org.adsync.security;
