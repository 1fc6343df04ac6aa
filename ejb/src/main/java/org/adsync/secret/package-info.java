/**
 * Secrets at rest: bind passwords and client secrets are stored AES-GCM encrypted with a key that never enters
 * the database.
 */
package org.adsync.secret;
