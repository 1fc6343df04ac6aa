/**
 * How the console signs users in: a Jakarta Security form login backed by the application's own user table, and
 * what the current user may see.
 */
package org.adsync.console.security;
