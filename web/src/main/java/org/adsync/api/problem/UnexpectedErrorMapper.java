package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.web.outage.DatabaseOutage;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The database being away is 503 with Retry-After (see {@link DatabaseOutage}). Anything else is a fault of ours: 500
 * with a reference that finds the details in the server log. The caller never
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
        if (DatabaseOutage.causedBy(e)) { // not a fault of ours: the caller should try again shortly
            DatabaseOutage.noted("the API", e);
            return Problems.builder(Problem.of(ProblemType.DATABASE_UNAVAILABLE, DatabaseOutage.DETAIL))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER.toSeconds()).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed unexpectedly (reference " + reference + ")", e);
        return Problems.response(Problem.of(ProblemType.UNEXPECTED, "The request could not be completed. Try again; "
                + "if it fails again, give your administrator the reference " + reference
                + ": the server log has the details.").withReference(reference));
    }
}
