package org.adsync.sync.engine;

import org.adsync.sync.SyncLease;
import org.adsync.sync.SyncTrigger;

import java.time.Instant;

/**
 * A sync (or preview) that holds its lease and has its attempt recorded, ready to run (see {@link SyncEngine#begin});
 * {@code approval} is set when an admin approved a held sync: it replaces the plan's limit, and the run deactivates
 * only the contacts it covers.
 */
public record RunningSync(long attemptId, Instant startedAt, SyncPlan plan, SyncLease lease, SyncTrigger trigger,
                          Approval approval) {

    boolean preview() {
        return trigger == SyncTrigger.PREVIEW;
    }
}
