package org.adsync.api.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.adsync.api.Page;
import org.adsync.api.PageRequest;
import org.adsync.api.problem.InvalidRequestException;
import org.adsync.directory.FieldProblem;
import org.adsync.security.Permission;
import org.adsync.sync.DirectoryUserFilter;
import org.adsync.sync.DirectoryUserSort;
import org.adsync.sync.DirectoryUserState;
import org.adsync.sync.DirectoryUserView;
import org.adsync.sync.admin.DirectoryUserAdministration;
import org.adsync.sync.admin.SyncAdministration;

import java.util.ArrayList;
import java.util.List;

/**
 * The AD Users tab: a sync's directory users by status, and the User Sync Details actions (map to a contact by
 * hand, remove the mapping, ignore). Mapping or ignoring a conflicted user resolves the conflict at once.
 */
@Path("syncs/{id}/users")
@RequestScoped
@RolesAllowed(Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryUsersResource {

    @Inject
    DirectoryUserAdministration users;

    @Inject
    SyncAdministration syncs;

    /** Which contact to map the user to, by id (GET /organizations/{id}/contacts finds it). */
    public record MappingInput(Long contactId) {
    }

    /** The users, a page at a time: of one status, and with {@code errors=true} only those with an error. */
    @GET
    public Page<DirectoryUserView> list(@PathParam("id") long id, @QueryParam("status") String status,
                                        @QueryParam("errors") boolean errors, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        DirectoryUserFilter filter = new DirectoryUserFilter(state(status), errors);
        syncs.requireExisting(id);
        return request.of(users.users(id, filter, DirectoryUserSort.NAME, false, request.first(), request.size()),
                users.count(id, filter));
    }

    @GET
    @Path("{userId}")
    public DirectoryUserView get(@PathParam("id") long id, @PathParam("userId") long userId) {
        return users.user(id, userId);
    }

    @PUT
    @Path("{userId}/mapping")
    public DirectoryUserView map(@PathParam("id") long id, @PathParam("userId") long userId, MappingInput mapping) {
        if (mapping == null || mapping.contactId() == null) {
            throw new InvalidRequestException("contactId", "Give the contact's id: {\"contactId\": 123}");
        }
        return users.mapByHand(id, userId, mapping.contactId());
    }

    /** Removes the mapping; the next sync matches the user again by the rules, so to keep it apart, ignore it. */
    @DELETE
    @Path("{userId}/mapping")
    public DirectoryUserView unmap(@PathParam("id") long id, @PathParam("userId") long userId) {
        return users.unmap(id, userId);
    }

    /** {@code true} ignores the user in every sync (and removes its mapping); {@code false} takes it back. */
    @PUT
    @Path("{userId}/ignored")
    public DirectoryUserView ignore(@PathParam("id") long id, @PathParam("userId") long userId, String body) {
        return users.ignore(id, userId, strictBoolean(body));
    }

    /** The body as the JSON literal true or false; JSON binding would read "yes" or "1" as false without a word. */
    private static boolean strictBoolean(String body) {
        String literal = body == null ? "" : body.strip();
        if (!literal.equals("true") && !literal.equals("false")) {
            throw new InvalidRequestException("body", "Send true to ignore the user, or false to take it back");
        }
        return Boolean.parseBoolean(literal);
    }

    private static DirectoryUserState state(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        List<FieldProblem> problems = new ArrayList<>();
        DirectoryUserState state = SyncRequests.parse(DirectoryUserState.class, status, "status", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return state;
    }
}
