package org.adsync.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.adsync.api.Page;
import org.adsync.api.PageRequest;
import org.adsync.api.problem.InvalidRequestException;
import org.adsync.audit.AuditEventView;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditQuery;
import org.adsync.directory.FieldProblem;
import org.adsync.security.Permission;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The audit trail, newest first, a page at a time: filtered by organization id, user name, the single sign-on
 * provider's subject of one person (whatever names they held), kind of action, and a time range ({@code from}
 * included, {@code to} not; ISO-8601 instants such as 2026-11-30T00:00:00Z).
 */
@Path("audit")
@RequestScoped
@RolesAllowed(Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    public Page<AuditEventView> list(@QueryParam("organization") Long organization, @QueryParam("user") String user,
                                     @QueryParam("subject") String subject, @QueryParam("kind") String kind,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        AuditQuery query = new AuditQuery(organization, blankAsNull(user), blankAsNull(subject), kindOf(kind),
                instant("from", from), instant("to", to));
        return request.of(audit.find(query, request.first(), request.size()), audit.count(query));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static AuditKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return AuditKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("kind", FieldProblem.quoted(kind) + " is not one of "
                    + Arrays.toString(AuditKind.values()));
        }
    }

    private static Instant instant(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter, FieldProblem.quoted(text) + " is not an ISO-8601 instant; "
                    + "write for example 2026-11-30T00:00:00Z");
        }
    }
}
