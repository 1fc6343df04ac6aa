package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is a fault of ours: 500 with a reference that finds the details in the server log. The caller never
 * sees the exception's text, which could hold anything.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (BodyTooLargeException.within(e)) {
            return Problems.response(BodyTooLargeException.problem());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed unexpectedly (reference " + reference + ")", e);
        return Problems.response(Problem.of(ProblemType.UNEXPECTED, "The request could not be completed. Try again; "
                + "if it fails again, give your administrator the reference " + reference
                + ": the server log has the details.").withReference(reference));
    }
}
