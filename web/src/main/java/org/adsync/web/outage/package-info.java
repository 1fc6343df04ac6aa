/**
 * What the web tier answers while its database is away (PostgreSQL restarting, a failover, a network cut): the API
 * a 503 problem document with Retry-After, the console a page that says so; never a 500 and a stack trace for each
 * request. The database's own failures are told from adsync's by {@link org.adsync.platform.DatabaseFaults}.
 */
package org.adsync.web.outage;
