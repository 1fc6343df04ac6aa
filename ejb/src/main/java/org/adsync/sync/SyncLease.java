package org.adsync.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * This server's right to run one configuration's sync, held in the database so that a cluster runs each sync once.
 * It lasts {@link #DURATION} (10 minutes; the system property {@value #DURATION_PROPERTY} changes it, for tests that
 * kill a server) and is renewed every tenth of that while the sync makes progress, so a server that dies blocks the
 * organization for at most that long.
 */
public final class SyncLease {

    public static final String DURATION_PROPERTY = "adsync.sync.lease-duration";
    public static final Duration DURATION = Duration.parse(System.getProperty(DURATION_PROPERTY, "PT10M"));
    static final Duration RENEW_EVERY = DURATION.dividedBy(10);

    private final long configurationId;
    private final String holder;
    private Instant renewedAt;

    public SyncLease(long configurationId, Instant takenAt) {
        this.configurationId = configurationId;
        this.holder = System.getProperty("jboss.node.name", "adsync") + "/" + UUID.randomUUID();
        this.renewedAt = takenAt;
    }

    public long configurationId() {
        return configurationId;
    }

    /** Names the server (its WildFly node name) and the run, for the operator who finds it in the table. */
    public String holder() {
        return holder.length() <= 100 ? holder : holder.substring(holder.length() - 100);
    }

    public boolean renewalDue(Instant now) {
        return !now.isBefore(renewedAt.plus(RENEW_EVERY));
    }

    public void renewed(Instant now) {
        this.renewedAt = now;
    }
}
