/**
 * Integration tests against the real adsync.ear on a managed WildFly (Arquillian): on H2 and on PostgreSQL, in the
 * server (repositories, services) and as a client (HTTP, a headless Chromium).
 */
package org.adsync.it;
