package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.sync.SyncAlreadyRunningException;

/** Force Sync while a sync runs: 409, with when the running one started. */
@Provider
public class SyncRunningMapper implements ExceptionMapper<SyncAlreadyRunningException> {

    @Override
    public Response toResponse(SyncAlreadyRunningException e) {
        return Problems.response(Problem.of(ProblemType.SYNC_RUNNING, e.getMessage()).withRunningSince(e.since()));
    }
}
