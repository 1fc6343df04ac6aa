package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A parameter or JSON value of the wrong form: 400 naming the field. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Override
    public Response toResponse(InvalidRequestException e) {
        return Problems.response(Problem.invalid(ProblemType.INVALID_REQUEST, e.problems()));
    }
}
