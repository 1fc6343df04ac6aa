package org.adsync.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the JSON binding could not read into the resource's input: 400 saying where or what. */
@Provider
public class BodyProcessingMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        if (BodyTooLargeException.within(e)) {
            return Problems.response(BodyTooLargeException.problem());
        }
        return Problems.response(JsonErrors.describe(e));
    }
}
