package org.adsync.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.api.security.RequestBodyLimit;

/** A body the JSON binding could not read into the resource's input: 400 saying where or what. */
@Provider
public class BodyProcessingMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        if (RequestBodyLimit.BodyTooLargeException.within(e)) {
            return Problems.response(RequestBodyLimit.tooLarge());
        }
        return Problems.response(JsonErrors.describe(e));
    }
}
