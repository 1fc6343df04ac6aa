package org.adsync.sync.engine;

import org.adsync.sync.ScopeFacts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RunScopeFactsTest {

    private static final ScopeFacts ENABLED = new ScopeFacts(Set.of("ada@example.org"), Set.of());
    private static final ScopeFacts DISABLED = new ScopeFacts(Set.of(), Set.of("lovelace ada"));

    /** Counts the groupings of every user in scope instead of running them. */
    private static final class CountingSnapshot extends SnapshotWriter {
        final List<Boolean> grouped = new ArrayList<>();

        @Override
        public ScopeFacts scopeFacts(long configurationId, boolean disabledUsers) {
            grouped.add(disabledUsers);
            return disabledUsers ? DISABLED : ENABLED;
        }
    }

    @Test
    void aRunOverEveryUserGroupsThemOnceAtItsStart() {
        CountingSnapshot snapshot = new CountingSnapshot();
        RunScopeFacts facts = RunScopeFacts.of(snapshot, new ReconcileRun(null, 1, 7, false, null));

        assertEquals(List.of(false, true), snapshot.grouped);
        assertEquals(ENABLED, facts.nextBatch(MatchingRound.EMAIL));
        assertEquals(DISABLED, facts.nextBatch(MatchingRound.DISABLED_NAME));
        assertEquals(2, snapshot.grouped.size());
    }

    @Test
    void aRunOverTheChangedUsersAsksPerBatchUntilTheWalkTurnsOutLong() {
        CountingSnapshot snapshot = new CountingSnapshot();
        RunScopeFacts facts = RunScopeFacts.of(snapshot, new ReconcileRun(null, 1, 7, false,
                new ChangedSince(Instant.EPOCH, Instant.EPOCH)));

        for (int batch = 0; batch < RunScopeFacts.PER_BATCH_LIMIT; batch++) {
            assertNull(facts.nextBatch(MatchingRound.EMAIL), "the batch asks for its own users' keys");
        }
        assertEquals(List.of(), snapshot.grouped);
        assertEquals(DISABLED, facts.nextBatch(MatchingRound.DISABLED_EMAIL));
        assertEquals(ENABLED, facts.nextBatch(MatchingRound.NAME));
        assertEquals(List.of(false, true), snapshot.grouped, "grouped once, then kept");
    }
}
