/**
 * What administrators do to console users and security levels (Admin > Security, the API's /users and
 * /security-levels), and what every user does to their own password; guarded so that no change leaves the
 * installation without an enabled user who may manage users.
 */
package org.adsync.security.admin;
