package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.directory.FieldProblem;
import org.adsync.security.InvalidApiTokenRequestException;

import java.util.List;

/** A token asked for with a missing name or an impossible validity: 400 naming the field. */
@Provider
public class InvalidTokenRequestMapper implements ExceptionMapper<InvalidApiTokenRequestException> {

    @Override
    public Response toResponse(InvalidApiTokenRequestException e) {
        return Problems.response(Problem.invalid(ProblemType.INVALID_REQUEST,
                List.of(new FieldProblem(e.field(), e.getMessage()))));
    }
}
