package org.adsync.api.problem;

import org.adsync.directory.FieldProblem;
import org.adsync.platform.RequestRefusedException;
import org.adsync.psa.InvalidPsaRecordException;
import org.adsync.psa.PsaRecordInUseException;
import org.adsync.psa.UnknownPsaRecordException;
import org.adsync.security.InvalidApiTokenRequestException;
import org.adsync.security.UnknownApiTokenException;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.OrganizationAlreadySyncedException;
import org.adsync.sync.SyncAlreadyRunningException;
import org.adsync.sync.UnknownSyncException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each refusal answers with its own status and problem type, naming the field to fix where there is one. */
class RefusedRequestMapperTest {

    @Test
    void eachRefusalHasItsStatusTypeAndField() {
        assertProblem(400, "invalid-request", "ldap.filter",
                new InvalidSyncSettingsException("filter", "The LDAP filter is not valid"));
        assertProblem(400, "invalid-request", "page", new InvalidRequestException("page", "Not a number"));
        assertProblem(400, "invalid-request", "daysValid",
                new InvalidApiTokenRequestException("daysValid", "At most 365 days"));
        assertProblem(409, "sync-exists", "organizationId", new OrganizationAlreadySyncedException("Contoso"));
        assertProblem(409, "sync-running", null, new SyncAlreadyRunningException("Contoso", Instant.now()));
        assertProblem(404, "not-found", null, new UnknownSyncException("No AD Sync configuration 7"));
        assertProblem(404, "not-found", null, new UnknownApiTokenException("No API token 7"));
        assertProblem(400, "invalid-request", "name", new InvalidPsaRecordException("name", "Contoso exists"));
        assertProblem(409, "in-use", null, new PsaRecordInUseException("Contoso has an enabled AD Sync"));
        assertProblem(404, "not-found", null, new UnknownPsaRecordException("No organization 7"));
    }

    @Test
    void aRefusalTheMapperKnowsNothingMoreAboutStillGetsTheStatusOfItsKindNeverA500() {
        for (RequestRefusedException.Kind kind : RequestRefusedException.Kind.values()) {
            RequestRefusedException unknown = new RequestRefusedException(kind, "Refused for a reason of its own") {
                private static final long serialVersionUID = 1L;
            };

            Problem problem = RefusedRequestMapper.problemOf(unknown);

            assertEquals(kind.status(), problem.status(), kind::name);
            assertEquals("Refused for a reason of its own", problem.detail(), kind::name);
        }
    }

    @Test
    void everyFieldOfTheSettingsIsListed() {
        Problem problem = RefusedRequestMapper.problemOf(new InvalidSyncSettingsException(List.of(
                new FieldProblem("host", "Enter the host"), new FieldProblem("baseDn", "Enter the base DN"))));

        assertEquals(List.of("ldap.host", "ldap.baseDn"), problem.errors().stream().map(FieldProblem::field).toList());
    }

    private static void assertProblem(int status, String type, String field,
                                      RequestRefusedException refusal) {
        Problem problem = RefusedRequestMapper.problemOf(refusal);
        assertEquals(List.of(status, type, String.valueOf(field)), List.of(problem.status(),
                problem.type().toString().substring(problem.type().toString().lastIndexOf(':') + 1),
                String.valueOf(problem.field())), refusal.getClass().getSimpleName());
    }
}
