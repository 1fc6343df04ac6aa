package org.adsync.sync.engine;

import org.adsync.sync.ScopeFacts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

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
        RunScopeFacts facts = RunScopeFacts.of(snapshot, new ReconcileRun(null, 1, 7, false, null, null));

        assertEquals(List.of(false, true), snapshot.grouped);
        assertEquals(ENABLED, facts.of(MatchingRound.EMAIL));
        assertEquals(DISABLED, facts.of(MatchingRound.DISABLED_NAME));
    }

    @Test
    void aSyncOverFewChangedUsersLetsEachBatchAskForItsOwnKeys() {
        CountingSnapshot snapshot = new CountingSnapshot();
        RunScopeFacts facts = RunScopeFacts.of(snapshot, new ReconcileRun(null, 1, 7, false, walk(4_800), null));

        assertNull(facts.of(MatchingRound.EMAIL));
        assertNull(facts.of(MatchingRound.DISABLED_EMAIL));
        assertEquals(List.of(), snapshot.grouped);
    }

    @Test
    void manyChangedUsersOrAPreviewGroupEveryoneOnce() {
        CountingSnapshot many = new CountingSnapshot();
        RunScopeFacts.of(many, new ReconcileRun(null, 1, 7, false, walk(RunScopeFacts.PER_BATCH_USERS + 1), null));
        assertEquals(List.of(false, true), many.grouped);

        CountingSnapshot preview = new CountingSnapshot();
        RunScopeFacts.of(preview, new ReconcileRun(null, 1, -7, true, walk(10), null));
        assertEquals(List.of(false, true), preview.grouped, "a scratch copy's fresh rows are cheaper grouped");
    }

    @Test
    void theWalkHandsOutItsIdsBatchByBatch() {
        MayNeedWork walk = new MayNeedWork(List.of(3L, 8L, 20L, 21L, 40L));

        assertEquals(List.of(3L, 8L), walk.after(0, 2));
        assertEquals(List.of(20L, 21L), walk.after(8, 2));
        assertEquals(List.of(20L, 21L, 40L), walk.after(9, 5), "after an id that is not in the walk");
        assertEquals(List.of(), walk.after(40, 2));
    }

    private static MayNeedWork walk(int users) {
        return new MayNeedWork(LongStream.rangeClosed(1, users).boxed().toList());
    }
}
