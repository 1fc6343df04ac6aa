package org.adsync.audit;

/** Through what an action came. */
public enum AuditChannel {
    CONSOLE, API, SCHEDULE
}
