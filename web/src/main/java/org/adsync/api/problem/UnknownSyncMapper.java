package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.sync.UnknownSyncException;

/** An id in the path that names no AD Sync, attempt or directory user: 404. */
@Provider
public class UnknownSyncMapper implements ExceptionMapper<UnknownSyncException> {

    @Override
    public Response toResponse(UnknownSyncException e) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage());
    }
}
