package org.adsync.api.sync;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.adsync.api.problem.InvalidRequestException;
import org.adsync.sync.SyncAdministration;
import org.adsync.sync.SyncAttemptView;

import java.util.List;

/** A sync's history: every kept attempt with its counts and message, the latest first. */
@Path("syncs/{id}/attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SyncAttemptsResource {

    private static final int MAX_LIMIT = 1000;

    @Inject
    SyncAdministration administration;

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
}
