package org.adsync.api.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.adsync.api.Locations;
import org.adsync.security.Permission;
import org.adsync.security.admin.AddedConsoleUser;
import org.adsync.security.admin.ConsoleUserChange;
import org.adsync.security.admin.ConsoleUserView;
import org.adsync.security.admin.NewConsoleUser;
import org.adsync.security.admin.UserAdministration;

import java.util.List;

/**
 * Console users: add (with a one-time password adsync makes and answers once, unless a password is given), change
 * the name shown, email and security level, disable and enable, reset the password, delete one who never signed
 * in. Never the last enabled user who may manage users.
 */
@Path("users")
@RequestScoped
@RolesAllowed(Permission.Roles.MANAGE_CONSOLE_USERS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserAdministration users;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    /** The answer to a password reset: the one-time password, shown this once. */
    public record OneTimePassword(String oneTimePassword) {
    }

    @GET
    public List<ConsoleUserView> list() {
        return users.users();
    }

    @POST
    public Response add(NewConsoleUser input) {
        AddedConsoleUser added = users.add(input == null ? new NewConsoleUser(null, null, null, null, null) : input,
                actor());
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                Locations.of(uri, "users", Long.toString(added.user().id()))).entity(added).build();
    }

    @GET
    @Path("{id}")
    public ConsoleUserView get(@PathParam("id") long id) {
        return users.user(id);
    }

    @PUT
    @Path("{id}")
    public ConsoleUserView update(@PathParam("id") long id, ConsoleUserChange change) {
        return users.update(id, change == null ? new ConsoleUserChange(null, null, null) : change, actor());
    }

    @POST
    @Path("{id}/disable")
    public ConsoleUserView disable(@PathParam("id") long id) {
        return users.disable(id, actor());
    }

    @POST
    @Path("{id}/enable")
    public ConsoleUserView enable(@PathParam("id") long id) {
        return users.enable(id, actor());
    }

    @POST
    @Path("{id}/reset-password")
    public OneTimePassword resetPassword(@PathParam("id") long id) {
        return new OneTimePassword(users.resetPassword(id, actor()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        users.delete(id, actor());
        return Response.noContent().build();
    }

    private String actor() {
        return caller.getUserPrincipal().getName();
    }
}
