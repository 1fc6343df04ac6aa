package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.security.UnknownApiTokenException;

/** A token id that is not one of the caller's: 404. */
@Provider
public class UnknownTokenMapper implements ExceptionMapper<UnknownApiTokenException> {

    @Override
    public Response toResponse(UnknownApiTokenException e) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage());
    }
}
