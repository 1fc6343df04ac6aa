package org.adsync.api.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.adsync.api.Locations;
import org.adsync.api.Page;
import org.adsync.api.PageRequest;
import org.adsync.api.problem.InvalidRequestException;
import org.adsync.schedule.SyncScheduler;
import org.adsync.security.Permission;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.ContactChangeView;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.admin.AttemptChanges;
import org.adsync.sync.admin.ContactChangesCsv;
import org.adsync.sync.admin.SyncAdministration;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A sync's history: every kept attempt with its counts and message, the latest first; what each did to contacts
 * (or a preview or a held sync would do); and Approve for a held sync.
 */
@Path("syncs/{id}/attempts")
@RequestScoped
@RolesAllowed(Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS)
@Produces(MediaType.APPLICATION_JSON)
public class SyncAttemptsResource {

    private static final int MAX_LIMIT = 1000;

    @Inject
    SyncAdministration administration;

    @Inject
    AttemptChanges changes;

    @Inject
    SyncScheduler scheduler;

    @Context
    UriInfo uri;

    @GET
    public List<SyncAttemptView> list(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        int max = limit == null ? MAX_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "Ask for 1 to " + MAX_LIMIT + " attempts");
        }
        administration.requireExisting(id);
        return administration.attempts(id, max);
    }

    @GET
    @Path("{attemptId}")
    public SyncAttemptView get(@PathParam("id") long id, @PathParam("attemptId") long attemptId) {
        return administration.attempt(id, attemptId);
    }

    /** The attempt's changes to contacts, a page at a time, of one kind ({@code kind=DEACTIVATED}) or all. */
    @GET
    @Path("{attemptId}/changes")
    public Page<ContactChangeView> changes(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
                                           @QueryParam("kind") String kind, @QueryParam("page") Integer page,
                                           @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        AttemptChanges.ChangePage found = changes.page(id, attemptId, kindOf(kind), request.first(), request.size());
        return request.of(found.changes(), found.total());
    }

    /** The same changes as CSV, all of them, streamed. */
    @GET
    @Path("{attemptId}/changes.csv")
    @Produces("text/csv")
    public Response changesCsv(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
                               @QueryParam("kind") String kind) {
        ContactChangeKind selected = kindOf(kind);
        changes.page(id, attemptId, selected, 0, 1); // an unknown attempt is a 404 before the stream starts
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            ContactChangesCsv.write(out, changes, id, attemptId, selected);
            out.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"attempt-" + attemptId + "-changes.csv\"").build();
    }

    /**
     * Approve a held sync: 202 with the sync that applies it, which deactivates only the contacts the held one listed;
     * 409 (hold-not-approvable) once the settings changed, a later run was not held or the hold was rejected; 409
     * (sync-running) while a sync runs.
     */
    @POST
    @Path("{attemptId}/approve")
    public Response approve(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
                            @Context SecurityContext caller) {
        long approved = scheduler.approve(id, attemptId, caller.getUserPrincipal().getName());
        return Response.accepted(administration.attempt(id, approved))
                .header(HttpHeaders.LOCATION, Locations.of(uri, "syncs", Long.toString(id), "attempts",
                        Long.toString(approved)))
                .build();
    }

    /**
     * Reject (dismiss) a held sync: 200 with the attempt, which can no longer be approved; nothing runs, and the next
     * sync decides afresh. 409 as for approve.
     */
    @POST
    @Path("{attemptId}/reject")
    public SyncAttemptView reject(@PathParam("id") long id, @PathParam("attemptId") long attemptId,
                                  @Context SecurityContext caller) {
        scheduler.reject(id, attemptId, caller.getUserPrincipal().getName());
        return administration.attempt(id, attemptId);
    }

    private static ContactChangeKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ContactChangeKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("kind", "Use one of " + Arrays.toString(ContactChangeKind.values()));
        }
    }
}
