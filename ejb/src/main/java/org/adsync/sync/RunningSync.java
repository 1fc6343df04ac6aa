package org.adsync.sync;

import java.time.Instant;

/** A sync that holds its lease and has its attempt recorded, ready to run (see {@link SyncEngine#begin}). */
public record RunningSync(long attemptId, Instant startedAt, SyncPlan plan, SyncLease lease) {
}
