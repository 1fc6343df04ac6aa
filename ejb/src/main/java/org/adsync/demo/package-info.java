/**
 * The demo: sample PSA records and console users, and a small Active Directory look-alike (an UnboundID
 * in-memory LDAPS server on loopback). Nothing here runs unless the server is started with
 * {@code -Dadsync.demo=true}, as the README's run command does; a production deployment has neither.
 */
package org.adsync.demo;
