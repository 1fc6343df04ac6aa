package org.adsync.sync.engine;

import org.adsync.sync.SyncLease;
import org.adsync.sync.SyncTrigger;

import java.time.Instant;

/**
 * A sync (or preview) that holds its lease and has its attempt recorded, ready to run (see {@link SyncEngine#begin});
 * {@code approvedDeactivations} is set when an admin approved a held sync, and replaces the plan's limit.
 */
public record RunningSync(long attemptId, Instant startedAt, SyncPlan plan, SyncLease lease, SyncTrigger trigger,
                          Integer approvedDeactivations) {

    boolean preview() {
        return trigger == SyncTrigger.PREVIEW;
    }
}
