package org.adsync.it.benchmark;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.adsync.directory.DirectoryException;
import org.adsync.directory.ldap.LdapConnectionSettings;
import org.adsync.directory.ldap.LdapDirectoryReader;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.it.fixture.Fixtures;
import org.adsync.sync.ContactField;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.LdapSettingsInput;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.admin.LdapSyncRequest;
import org.adsync.sync.admin.SyncAdministration;
import org.adsync.sync.engine.AttemptLog;
import org.adsync.sync.engine.SyncEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * POST /run?host=&port=&bindDn=&password=&baseDn= with the directory's certificate (PEM) as the body: reads the
 * directory raw, then previews and runs a first sync of a new organization, an unchanged full re-sync and an
 * unchanged delta re-sync, and answers the figures as text, the configuration's id first. POST /run?configuration=ID
 * (after the directory changed): the delta re-sync of those changes.
 */
@WebServlet("/run")
public class BenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Fixtures fixtures;

    @Inject
    SyncAdministration administration;

    @Inject
    SyncEngine engine;

    @Inject
    AttemptLog attemptLog;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        if (request.getParameter("configuration") != null) {
            deltaOfTheChanges(Long.parseLong(request.getParameter("configuration")), out);
            return;
        }
        String pem = new String(request.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        LdapSettingsInput input = new LdapSettingsInput.Builder().host(request.getParameter("host"))
                .port(Integer.valueOf(request.getParameter("port"))).transport(LdapTransport.LDAPS)
                .bindDn(request.getParameter("bindDn")).password(request.getParameter("password"))
                .baseDn(request.getParameter("baseDn")).pageSize(1000).trustedCertificatesPem(pem).build();

        System.gc();
        resetPeakHeap();
        long start = System.nanoTime();
        AtomicInteger read = new AtomicInteger();
        try (LdapConnectionSettings source = LdapSettings.of(input, "unused").connection(
                input.bindPassword().clone())) {
            new LdapDirectoryReader().readUsers(source, page -> read.addAndGet(page.size()));
        } catch (DirectoryException e) {
            response.sendError(500, e.getMessage());
            return;
        }
        double rawReadSeconds = report(out, "raw read", read.get(), start);

        long organization = fixtures.organization("Benchmark " + System.nanoTime(), List.of());
        // Disabled, so that no timer starts a sync of its own: the benchmark runs the engine itself.
        long configuration = administration.createLdapSync(new LdapSyncRequest(organization, false, input,
                ContactField.all(), null));
        out.println("configuration: " + configuration);
        System.gc();
        resetPeakHeap();
        start = System.nanoTime();
        SyncAttemptView preview = administration.attempt(configuration, engine.run(configuration,
                SyncTrigger.PREVIEW));
        report(out, "preview of the first sync", preview.read(), start);
        out.println("preview attempt: " + preview.outcome() + ", " + preview.created() + " created");

        System.gc();
        resetPeakHeap();
        start = System.nanoTime();
        engine.run(configuration, SyncTrigger.FORCED);
        SyncAttemptView first = administration.attempts(configuration, 1).get(0);
        double firstSeconds = report(out, "first sync", first.read(), start);
        out.println("first sync attempt: " + first.outcome() + ", " + first.created() + " created, "
                + first.message());

        System.gc();
        resetPeakHeap();
        start = System.nanoTime();
        SyncAttemptView unchangedPreview = administration.attempt(configuration, engine.run(configuration,
                SyncTrigger.PREVIEW));
        report(out, "preview of an unchanged re-sync", unchangedPreview.read(), start);
        out.println("unchanged preview attempt: " + unchangedPreview.outcome() + ", " + unchangedPreview.updated()
                + " updated, " + unchangedPreview.created() + " created");

        System.gc();
        resetPeakHeap();
        attemptLog.requireFullRead(configuration, "the benchmark measures a full re-sync");
        start = System.nanoTime();
        engine.run(configuration, SyncTrigger.FORCED);
        SyncAttemptView second = administration.attempts(configuration, 1).get(0);
        double secondSeconds = report(out, "unchanged re-sync", second.read(), start);
        out.println("re-sync attempt: " + second.outcome() + ", " + second.updated() + " updated, "
                + second.created() + " created");

        System.gc();
        resetPeakHeap();
        start = System.nanoTime();
        engine.run(configuration, SyncTrigger.FORCED);
        SyncAttemptView delta = administration.attempts(configuration, 1).get(0);
        report(out, "unchanged delta re-sync", delta.read(), start);
        out.println("unchanged delta attempt: " + delta.outcome() + ", " + delta.read() + " read, " + delta.updated()
                + " updated; " + delta.message());
        // The test directory shares the machine and pages slowly; a separate domain controller reads faster.
        out.printf("beyond reading the directory: first sync %.1f s (%.0f users/s), re-sync %.1f s%n",
                firstSeconds - rawReadSeconds, first.read() / Math.max(0.001, firstSeconds - rawReadSeconds),
                secondSeconds - rawReadSeconds);
        out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }

    /** The forced sync after the directory changed: a delta read of those changes, and their reconciliation. */
    private void deltaOfTheChanges(long configuration, PrintWriter out) {
        System.gc();
        resetPeakHeap();
        long start = System.nanoTime();
        engine.run(configuration, SyncTrigger.FORCED);
        SyncAttemptView delta = administration.attempts(configuration, 1).get(0);
        report(out, "delta re-sync of the changes", delta.read(), start);
        out.println("delta attempt: " + delta.outcome() + ", " + delta.read() + " read, " + delta.created()
                + " created, " + delta.updated() + " updated, " + delta.deactivated() + " deactivated; "
                + delta.message());
    }

    static double report(PrintWriter out, String what, int users, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        out.printf("%s: %d users in %.1f s = %.0f users/s, peak heap %d MB%n", what, users, seconds,
                users / seconds, peakHeap() / (1024 * 1024));
        return seconds;
    }

    static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound: pools peak at different times). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
