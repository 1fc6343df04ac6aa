package org.adsync.sync.engine;

import org.adsync.sync.AttemptCounts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressReportTest {

    /** Records what the report writes instead of writing it. */
    private static final class RecordingLog extends AttemptLog {
        final List<Integer> written = new ArrayList<>();

        @Override
        public void progress(long attemptId, AttemptCounts soFar) {
            written.add(soFar.read());
        }
    }

    @Test
    void theFirstPageShowsAtOnceAndTheNextOnesAtMostOnceASecond() {
        RecordingLog log = new RecordingLog();
        ProgressReport report = new ProgressReport(log, 7);
        AttemptCounts counts = new AttemptCounts();

        counts.countRead(100);
        report.counted(counts);
        counts.countRead(100);
        report.counted(counts);

        assertEquals(List.of(100), log.written, "the first page at once; the second, a moment later, waits");
    }

    @Test
    void aFailedWriteDoesNotStopTheSync() {
        AttemptLog failing = new AttemptLog() {
            @Override
            public void progress(long attemptId, AttemptCounts soFar) {
                throw new IllegalStateException("database gone");
            }
        };
        new ProgressReport(failing, 7).counted(new AttemptCounts());
    }
}
