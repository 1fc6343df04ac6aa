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
import org.adsync.security.admin.SecurityLevelAdministration;
import org.adsync.security.admin.SecurityLevelInput;
import org.adsync.security.admin.SecurityLevelView;

import java.util.List;

/**
 * Security levels: the permissions each grants. The built-in two stay; a level with users is not deleted; nobody
 * grants more than they hold, nor changes their own level (403 delegation-refused).
 */
@Path("security-levels")
@RequestScoped
@RolesAllowed(Permission.Roles.MANAGE_CONSOLE_USERS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecurityLevelsResource {

    @Inject
    SecurityLevelAdministration levels;

    @Context
    UriInfo uri;

    @Context
    SecurityContext caller;

    @GET
    public List<SecurityLevelView> list() {
        return levels.levels();
    }

    @POST
    public Response add(SecurityLevelInput input) {
        SecurityLevelView added = levels.add(input == null ? new SecurityLevelInput(null, null) : input,
                actor());
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                Locations.of(uri, "security-levels", Long.toString(added.id()))).entity(added).build();
    }

    @GET
    @Path("{id}")
    public SecurityLevelView get(@PathParam("id") long id) {
        return levels.level(id);
    }

    @PUT
    @Path("{id}")
    public SecurityLevelView update(@PathParam("id") long id, SecurityLevelInput input) {
        return levels.update(id, input == null ? new SecurityLevelInput(null, null) : input, actor());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        levels.delete(id, actor());
        return Response.noContent().build();
    }

    private String actor() {
        return caller.getUserPrincipal().getName();
    }
}
