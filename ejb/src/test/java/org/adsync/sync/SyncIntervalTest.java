package org.adsync.sync;

import org.adsync.directory.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncIntervalTest {

    @Test
    void fifteenMinutesToAMonthAreAccepted() {
        assertTrue(SyncInterval.problemWith(Duration.ofMinutes(15)).isEmpty());
        assertTrue(SyncInterval.problemWith(Duration.ofHours(24)).isEmpty());
        assertTrue(SyncInterval.problemWith(null).isEmpty(), "no interval means the default");
    }

    @Test
    void lessThanFifteenMinutesIsRefusedOnTheIntervalField() {
        FieldProblem problem = SyncInterval.problemWith(Duration.ofMinutes(14)).orElseThrow();
        assertEquals("interval", problem.field());
        assertTrue(problem.message().contains("15 minutes"), problem.message());
    }

    @Test
    void moreThanAMonthIsRefused() {
        assertTrue(SyncInterval.problemWith(Duration.ofDays(32)).isPresent());
    }

    @Test
    void intervalsAreSaidAsPeopleSayThem() {
        assertEquals("24 hours", SyncInterval.describe(Duration.ofHours(24)));
        assertEquals("hour", SyncInterval.describe(Duration.ofHours(1)));
        assertEquals("90 minutes", SyncInterval.describe(Duration.ofMinutes(90)));
    }
}
