package org.adsync.api.token;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.adsync.security.ApiTokenView;
import org.adsync.security.ApiTokens;
import org.adsync.security.IssuedApiToken;
import org.adsync.security.Permission;
import org.adsync.web.signin.SignedInCaller;

import java.util.List;

/**
 * The caller's own API tokens, for users who may use some part of the API (a token never grants more than its
 * user's permissions). A new token's value is in the answer to its creation and nowhere else, ever; a
 * revoked token is refused from the next call on. A client portal's service user, who may only resolve SSO
 * identities, makes its token here too.
 */
@Path("tokens")
@RequestScoped
@RolesAllowed({Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.Roles.MANAGE_CONSOLE_USERS,
        Permission.Roles.RESOLVE_SSO_IDENTITIES})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    @Inject
    ApiTokens tokens;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    /** What to call the token and, optionally, for how many days it is valid (until revoked otherwise). */
    public record TokenRequest(String name, Integer daysValid) {
    }

    @GET
    public List<ApiTokenView> list() {
        return tokens.tokensOf(username());
    }

    @POST
    public Response create(TokenRequest request) {
        IssuedApiToken issued = tokens.issue(username(), request == null ? null : request.name(),
                request == null ? null : request.daysValid(),
                caller.getUserPrincipal() instanceof SignedInCaller signedIn ? signedIn.apiTokenId() : null);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, Locations.of(uri, "tokens", Long.toString(issued.details().id())))
                .entity(issued).build();
    }

    @DELETE
    @Path("{tokenId}")
    public Response revoke(@PathParam("tokenId") long tokenId) {
        tokens.revoke(username(), tokenId);
        return Response.noContent().build();
    }

    private String username() {
        return caller.getUserPrincipal().getName();
    }
}
