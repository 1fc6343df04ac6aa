package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.sync.OrganizationAlreadySyncedException;

/** A second AD Sync for one organization conflicts with the one it has: 409. */
@Provider
public class SyncExistsMapper implements ExceptionMapper<OrganizationAlreadySyncedException> {

    @Override
    public Response toResponse(OrganizationAlreadySyncedException e) {
        return Problems.response(Problem.invalid(ProblemType.SYNC_EXISTS, ApiFieldNames.of(e)));
    }
}
