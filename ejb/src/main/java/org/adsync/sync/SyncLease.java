package org.adsync.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * This server's right to run one configuration's sync, held in the database so that a cluster runs each sync once.
 * It lasts {@link #DURATION} and is renewed every {@link #RENEW_EVERY} while the sync makes progress, so a server
 * that dies blocks the organization for at most a few minutes.
 */
public final class SyncLease {

    public static final Duration DURATION = Duration.ofMinutes(10);
    static final Duration RENEW_EVERY = Duration.ofMinutes(1);

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
