package org.adsync.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Prunes the audit trail every night: events older than {@value #DEFAULT_DAYS} days go, or as many days as the
 * system property {@value #DAYS_PROPERTY} says (at least one). A non-persistent timer: each node prunes, and a
 * night missed is made up by the next.
 */
@Singleton
public class AuditRetention {

    public static final String DAYS_PROPERTY = "adsync.audit.retention-days";
    static final int DEFAULT_DAYS = 365;

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @Inject
    AuditRepository events;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "audit retention")
    public void prune() {
        int removed = events.removeBefore(Instant.now().minus(Duration.ofDays(retentionDays())));
        if (removed > 0) {
            LOG.info(() -> "Removed " + removed + " audit events older than " + retentionDays() + " days");
        }
    }

    static int retentionDays() {
        return Math.max(1, Integer.getInteger(DAYS_PROPERTY, DEFAULT_DAYS));
    }
}
