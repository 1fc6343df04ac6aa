package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.sync.InvalidSyncSettingsException;

/** Settings the service refused before saving anything: 400 with each field's problem. */
@Provider
public class InvalidSettingsMapper implements ExceptionMapper<InvalidSyncSettingsException> {

    @Override
    public Response toResponse(InvalidSyncSettingsException e) {
        return Problems.response(Problem.invalid(ProblemType.INVALID_REQUEST, ApiFieldNames.of(e)));
    }
}
