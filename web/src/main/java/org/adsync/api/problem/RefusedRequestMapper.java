package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.directory.FieldProblem;
import org.adsync.identity.AmbiguousIdentityException;
import org.adsync.platform.RequestRefusedException;
import org.adsync.psa.InvalidPsaRecordException;
import org.adsync.security.InvalidApiTokenRequestException;
import org.adsync.security.PasswordChecksRefusedException;
import org.adsync.security.admin.DelegationRefusedException;
import org.adsync.security.admin.InvalidSecurityRequestException;
import org.adsync.sync.HoldNotApprovableException;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.OrganizationAlreadySyncedException;
import org.adsync.sync.SyncAlreadyRunningException;

import java.util.List;

/**
 * Every refusal of the business tier and of the API's own checks as its problem (RFC 9457). The refusal's kind
 * decides the status (400, 403, 404, 409, 429), so that any refusal, also one this mapper knows nothing more about,
 * gets its right answer and never a 500; what some refusals carry besides (the fields, in the API's spelling; when a
 * running sync started; how long to wait) makes the problem more precise.
 */
@Provider
public class RefusedRequestMapper implements ExceptionMapper<RequestRefusedException> {

    @Override
    public Response toResponse(RequestRefusedException e) {
        if (e instanceof PasswordChecksRefusedException refused) {
            return Problems.builder(problemOf(e)).header("Retry-After",
                    Math.max(1, refused.retryAfter().toSeconds())).build();
        }
        return Problems.response(problemOf(e));
    }

    static Problem problemOf(RequestRefusedException e) {
        return switch (e.kind()) {
            case INVALID -> fieldProblems(e).isEmpty() ? Problem.of(ProblemType.INVALID_REQUEST, e.getMessage())
                    : Problem.invalid(ProblemType.INVALID_REQUEST, fieldProblems(e));
            case FORBIDDEN -> Problem.of(e instanceof DelegationRefusedException ? ProblemType.DELEGATION_REFUSED
                    : ProblemType.FORBIDDEN, e.getMessage());
            case NOT_FOUND -> Problem.of(ProblemType.NOT_FOUND, e.getMessage());
            case CONFLICT -> conflict(e);
            case IN_USE -> Problem.of(ProblemType.IN_USE, e.getMessage());
            case TOO_MANY -> Problem.of(e instanceof PasswordChecksRefusedException ? ProblemType.TOO_MANY_SIGN_INS
                    : ProblemType.TOO_MANY_REQUESTS, e.getMessage());
        };
    }

    private static Problem conflict(RequestRefusedException e) {
        if (e instanceof OrganizationAlreadySyncedException taken) {
            return Problem.invalid(ProblemType.SYNC_EXISTS, ApiFieldNames.of(taken));
        }
        if (e instanceof SyncAlreadyRunningException running) {
            return Problem.of(ProblemType.SYNC_RUNNING, running.getMessage()).withRunningSince(running.since());
        }
        if (e instanceof HoldNotApprovableException) {
            return Problem.of(ProblemType.HOLD_NOT_APPROVABLE, e.getMessage());
        }
        if (e instanceof AmbiguousIdentityException) {
            return Problem.of(ProblemType.AMBIGUOUS_IDENTITY, e.getMessage());
        }
        return Problem.of(ProblemType.CONFLICT, e.getMessage());
    }

    /** The fields an invalid request got wrong, as the API spells them; a refusal that names none: no field. */
    private static List<FieldProblem> fieldProblems(RequestRefusedException e) {
        if (e instanceof InvalidSyncSettingsException invalid) {
            return ApiFieldNames.of(invalid);
        }
        if (e instanceof InvalidRequestException invalid) {
            return invalid.problems();
        }
        if (e instanceof InvalidApiTokenRequestException invalid) {
            return List.of(new FieldProblem(invalid.field(), invalid.getMessage()));
        }
        if (e instanceof InvalidPsaRecordException invalid) {
            return List.of(new FieldProblem(invalid.field(), invalid.getMessage()));
        }
        if (e instanceof InvalidSecurityRequestException invalid) {
            return List.of(new FieldProblem(invalid.field(), invalid.getMessage()));
        }
        return List.of();
    }
}
