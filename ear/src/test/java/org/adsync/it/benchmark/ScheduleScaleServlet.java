package org.adsync.it.benchmark;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.adsync.schedule.SyncScheduler;
import org.adsync.schedule.SyncTimers;
import org.adsync.sync.SyncScheduleRepository;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * POST /schedule-scale?count=N: N organizations with an enabled sync each and no timer (as after a database
 * restore), then the timer check at startup that creates their timers, the check again with all present, moving,
 * cancelling and creating one timer at that size, what the health check and the gauges read, and the heap; answers
 * the figures as text. POST /schedule-scale?remove=true: disables them all behind the scheduler's back and times the
 * check that cancels their timers.
 */
@WebServlet("/schedule-scale")
public class ScheduleScaleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int SAMPLES = 21;
    private static final int BATCH = 500;

    @Inject
    ScaleFixtures fixtures;

    @Inject
    SyncScheduler scheduler;

    @Inject
    SyncTimers timers;

    @Inject
    SyncScheduleRepository schedules;

    private transient List<Long> syncs = List.of();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        if (request.getParameter("remove") != null) {
            fixtures.disabledBehindTheScheduler(syncs);
            time(out, "timer check at startup, " + syncs.size() + " syncs disabled meanwhile", () -> {
                SyncTimers.TimerRepair repair = scheduler.repairTimers();
                out.printf("  (%d timers cancelled)%n", repair.cancelled());
            });
            return;
        }
        int count = Integer.parseInt(request.getParameter("count"));
        long start = System.nanoTime();
        syncs = fixtures.organizationsWithASync("Scale", count);
        for (int from = 0; from < count; from += BATCH) {
            fixtures.syncedAMinuteAgoAndEnabled(syncs.subList(from, Math.min(count, from + BATCH)));
        }
        out.printf("%d organizations with an enabled sync created in %.0f s%n", count, seconds(start));
        out.printf("heap used after GC, no timers: %d MB%n", heapAfterGc());
        time(out, "timer check at startup, " + count + " timers missing", () -> {
            SyncTimers.TimerRepair repair = scheduler.repairTimers();
            out.printf("  (%d timers created)%n", repair.created());
        });
        time(out, "timer check at startup, all " + count + " present", scheduler::repairTimers);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        List<Long> sample = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            sample.add(syncs.get(i * (syncs.size() / SAMPLES)));
        }
        perTimer(out, "move one timer (Force Sync, a saved sync)", sample,
                id -> timers.schedule(id, "Scale", tomorrow));
        perTimer(out, "cancel one timer (a disabled sync)", sample, timers::cancel);
        perTimer(out, "create one timer (an enabled sync)", sample, id -> timers.schedule(id, "Scale", tomorrow));
        time(out, "list every timer (health check, gauges)", () -> out.printf("  (%d syncs with timers)%n",
                timers.timerCounts().size()));
        time(out, "read every sync's operating state", () -> schedules.operatingStates(Instant.now()));
        out.printf("heap used after GC, %d timers: %d MB%n", count, heapAfterGc());
    }

    private static void perTimer(PrintWriter out, String what, List<Long> sample, LongConsumer operation) {
        List<Double> millis = new ArrayList<>();
        for (long id : sample) {
            long start = System.nanoTime();
            operation.accept(id);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(null);
        out.printf("%s: median %.1f ms, slowest %.1f ms (%d timers)%n", what, millis.get(millis.size() / 2),
                millis.get(millis.size() - 1), millis.size());
    }

    private static void time(PrintWriter out, String what, Runnable action) {
        long start = System.nanoTime();
        action.run();
        out.printf("%s: %.2f s%n", what, seconds(start));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
