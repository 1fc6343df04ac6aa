/**
 * When syncs run: one persistent, programmatic EJB timer per enabled configuration (so WildFly's own tools show
 * and manage them), the next sync one interval after the last one started, Force Sync in the background, and a
 * repair of missing or duplicate timers at startup. Which server runs a sync is decided by the run lease in the
 * database ({@link org.adsync.sync.SyncLeases}), never by JVM memory.
 */
package org.adsync.schedule;
