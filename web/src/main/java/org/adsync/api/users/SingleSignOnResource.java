package org.adsync.api.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.adsync.security.Permission;
import org.adsync.security.admin.InvalidSecurityRequestException;
import org.adsync.security.sso.SsoAdministration;
import org.adsync.security.sso.SsoSettingsView;
import org.adsync.web.signin.SingleSignOnFlow;

/**
 * The installation's OpenID Connect provider for console sign-in (Admin › Security › Single sign-on): read, save
 * (PUT; the client secret is write-only) and remove.
 */
@Path("single-sign-on")
@RequestScoped
@RolesAllowed(Permission.Roles.MANAGE_CONSOLE_USERS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SingleSignOnResource {

    @Inject
    SsoAdministration administration;

    @Context
    UriInfo uri;

    @GET
    public SingleSignOnView get() {
        return view(administration.settings());
    }

    @PUT
    public SingleSignOnView save(SingleSignOnInput input) {
        if (input == null) {
            throw new InvalidSecurityRequestException("preset", "Send the single sign-on settings as JSON");
        }
        return view(administration.save(input.settings(), input.secret()));
    }

    @DELETE
    public Response remove() {
        administration.remove();
        return Response.noContent().build();
    }

    /** The application's URL is the API's without its "api/" (the console's redirect URI, as the page shows it). */
    private SingleSignOnView view(SsoSettingsView settings) {
        String application = uri.getBaseUri().resolve("..").toString(); // ends with "/"
        return new SingleSignOnView(settings, application + SingleSignOnFlow.CALLBACK.substring(1), application);
    }
}
