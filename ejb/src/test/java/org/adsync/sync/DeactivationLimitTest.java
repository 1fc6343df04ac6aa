package org.adsync.sync;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How many contacts a sync may deactivate before it is held, and which limits an admin cannot set. */
class DeactivationLimitTest {

    @Test
    void theDefaultIsTenPercentOrFiftyWhicheverIsLarger() {
        assertEquals(50, DeactivationLimit.DEFAULT.allowed(12));
        assertEquals(50, DeactivationLimit.DEFAULT.allowed(500));
        assertEquals(226, DeactivationLimit.DEFAULT.allowed(2261), "the narrowed-scope report: 2,249 would be held");
        assertEquals(40_000, DeactivationLimit.DEFAULT.allowed(400_000));
    }

    @Test
    void aNumberAPercentageOrNoLimit() {
        assertEquals(20, new DeactivationLimit(DeactivationLimit.Kind.COUNT, 20).allowed(400_000));
        assertEquals(0, new DeactivationLimit(DeactivationLimit.Kind.COUNT, 0).allowed(10));
        assertEquals(100, new DeactivationLimit(DeactivationLimit.Kind.PERCENT, 25).allowed(400));
        assertEquals(Long.MAX_VALUE, new DeactivationLimit(DeactivationLimit.Kind.OFF, 7).allowed(10));
        assertEquals(null, new DeactivationLimit(DeactivationLimit.Kind.OFF, 7).value(),
                "a number means nothing there");
    }

    @Test
    void nonsenseIsAFieldProblem() {
        for (DeactivationLimit nonsense : List.of(new DeactivationLimit(DeactivationLimit.Kind.COUNT, null),
                new DeactivationLimit(DeactivationLimit.Kind.COUNT, -1),
                new DeactivationLimit(DeactivationLimit.Kind.PERCENT, 101),
                new DeactivationLimit(DeactivationLimit.Kind.PERCENT, -5))) {
            assertEquals("deactivationLimit", nonsense.problem().orElseThrow().field(), nonsense.toString());
        }
        assertTrue(new DeactivationLimit(DeactivationLimit.Kind.PERCENT, 100).problem().isEmpty());
        assertTrue(DeactivationLimit.DEFAULT.problem().isEmpty());
    }
}
