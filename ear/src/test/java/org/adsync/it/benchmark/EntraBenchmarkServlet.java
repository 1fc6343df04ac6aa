package org.adsync.it.benchmark;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.adsync.directory.graph.AzureCloud;
import org.adsync.it.fixture.Fixtures;
import org.adsync.sync.AzureSettingsInput;
import org.adsync.sync.ContactField;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.admin.AzureSyncRequest;
import org.adsync.sync.admin.SyncAdministration;
import org.adsync.sync.engine.SyncEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.adsync.it.benchmark.BenchmarkServlet.report;
import static org.adsync.it.benchmark.BenchmarkServlet.resetPeakHeap;

/**
 * POST /run-entra?host=&tenant=&client=&secret= with the look-alike's certificate (PEM) as the body: a first sync
 * of a new organization from an Entra ID tenant (a full read through the delta query) and an unchanged re-sync
 * (only the changes, none); answers the figures and the configuration's id. POST /run-entra?configuration=ID
 * syncs that configuration once more, which is a full read when the tenant has forgotten the delta token.
 */
@WebServlet("/run-entra")
public class EntraBenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Fixtures fixtures;

    @Inject
    SyncAdministration administration;

    @Inject
    SyncEngine engine;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        String again = request.getParameter("configuration");
        if (again != null) {
            sync(out, Long.parseLong(again), "full unchanged re-sync");
            return;
        }
        String pem = new String(request.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        String host = request.getParameter("host");
        AzureSettingsInput input = new AzureSettingsInput.Builder().tenantId(request.getParameter("tenant"))
                .clientId(request.getParameter("client")).secret(request.getParameter("secret"))
                .cloud(AzureCloud.CUSTOM).loginHost(host).graphHost(host).trustedCertificatesPem(pem).build();
        long organization = fixtures.organization("Entra benchmark " + System.nanoTime(), List.of());
        // Disabled, so that no timer starts a sync of its own: the benchmark runs the engine itself.
        long configuration = administration.createAzureSync(new AzureSyncRequest(organization, false, input,
                ContactField.all(), null, null));
        out.println("configuration: " + configuration);
        sync(out, configuration, "first sync");
        sync(out, configuration, "unchanged re-sync (delta)");
        out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }

    private void sync(PrintWriter out, long configuration, String what) {
        System.gc();
        resetPeakHeap();
        long start = System.nanoTime();
        engine.run(configuration, SyncTrigger.FORCED);
        SyncAttemptView attempt = administration.attempts(configuration, 1).get(0);
        // users per second of the whole sync: a re-sync reads only the changes but still reconciles everyone
        int users = Math.toIntExact(administration.view(configuration).syncedUsers());
        report(out, what, users, start);
        out.println(what + " attempt: " + attempt.outcome() + ", " + attempt.read() + " read, " + attempt.created()
                + " created, " + attempt.updated() + " updated, " + attempt.message());
    }
}
