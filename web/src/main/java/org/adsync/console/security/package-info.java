/**
 * How the console signs users in: a Jakarta Security form mechanism over the application's own user table, with a
 * new session id at every sign-in and throttled guessing, the browser security headers of every response, and what
 * the current user may see.
 */
package org.adsync.console.security;
