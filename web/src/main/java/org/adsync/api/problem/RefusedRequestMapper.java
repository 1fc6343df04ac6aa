package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.directory.FieldProblem;
import org.adsync.identity.AmbiguousIdentityException;
import org.adsync.platform.RequestRefusedException;
import org.adsync.psa.InvalidPsaRecordException;
import org.adsync.psa.PsaRecordInUseException;
import org.adsync.psa.UnknownPsaRecordException;
import org.adsync.security.InvalidApiTokenRequestException;
import org.adsync.security.PasswordChecksRefusedException;
import org.adsync.security.UnknownApiTokenException;
import org.adsync.security.admin.DelegationRefusedException;
import org.adsync.security.admin.InvalidSecurityRequestException;
import org.adsync.security.admin.SecurityRecordInUseException;
import org.adsync.security.admin.UnknownSecurityRecordException;
import org.adsync.sync.HoldNotApprovableException;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.OrganizationAlreadySyncedException;
import org.adsync.sync.SyncAlreadyRunningException;
import org.adsync.sync.UnknownSyncException;

import java.util.List;

/**
 * Every refusal of the business tier and of the API's own checks as its problem (RFC 9457): fields that cannot be
 * right as 400 naming each field as the API spells it, an organization that has its sync already as 409, a sync
 * that runs already as 409 with when it started, a record something relies on as 409, what does not exist as 404.
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
        if (e instanceof OrganizationAlreadySyncedException taken) {
            return Problem.invalid(ProblemType.SYNC_EXISTS, ApiFieldNames.of(taken));
        }
        if (e instanceof InvalidSyncSettingsException invalid) {
            return Problem.invalid(ProblemType.INVALID_REQUEST, ApiFieldNames.of(invalid));
        }
        if (e instanceof InvalidRequestException invalid) {
            return Problem.invalid(ProblemType.INVALID_REQUEST, invalid.problems());
        }
        if (e instanceof InvalidApiTokenRequestException invalid) {
            return Problem.invalid(ProblemType.INVALID_REQUEST, List.of(new FieldProblem(invalid.field(),
                    invalid.getMessage())));
        }
        if (e instanceof SyncAlreadyRunningException running) {
            return Problem.of(ProblemType.SYNC_RUNNING, running.getMessage()).withRunningSince(running.since());
        }
        if (e instanceof PasswordChecksRefusedException) {
            return Problem.of(ProblemType.TOO_MANY_SIGN_INS, e.getMessage());
        }
        if (e instanceof DelegationRefusedException) {
            return Problem.of(ProblemType.DELEGATION_REFUSED, e.getMessage());
        }
        if (e instanceof HoldNotApprovableException) {
            return Problem.of(ProblemType.HOLD_NOT_APPROVABLE, e.getMessage());
        }
        if (e instanceof InvalidPsaRecordException invalid) {
            return Problem.invalid(ProblemType.INVALID_REQUEST, List.of(new FieldProblem(invalid.field(),
                    invalid.getMessage())));
        }
        if (e instanceof InvalidSecurityRequestException invalid) {
            return Problem.invalid(ProblemType.INVALID_REQUEST, List.of(new FieldProblem(invalid.field(),
                    invalid.getMessage())));
        }
        if (e instanceof AmbiguousIdentityException) {
            return Problem.of(ProblemType.AMBIGUOUS_IDENTITY, e.getMessage());
        }
        if (e instanceof PsaRecordInUseException || e instanceof SecurityRecordInUseException) {
            return Problem.of(ProblemType.IN_USE, e.getMessage());
        }
        if (e instanceof UnknownSyncException || e instanceof UnknownApiTokenException
                || e instanceof UnknownPsaRecordException || e instanceof UnknownSecurityRecordException) {
            return Problem.of(ProblemType.NOT_FOUND, e.getMessage());
        }
        throw new IllegalStateException("No problem type for " + e.getClass().getName(), e);
    }
}
