package org.adsync.api.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.adsync.api.security.ApiAccess;
import org.adsync.security.admin.UserAdministration;
import org.adsync.web.signin.SignedInCaller;

/**
 * Every signed-in user's own password: the current one proves it is them, checked behind the sign-in's throttle
 * (429 with Retry-After after too many wrong ones).
 */
@Path("me/password")
@RequestScoped
@RolesAllowed(ApiAccess.ANY_SIGNED_IN_USER)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnPasswordResource {

    @Inject
    UserAdministration users;

    @Context
    SecurityContext caller;

    @Context
    HttpServletRequest request;

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @PUT
    public Response change(PasswordChange change) {
        users.changeOwnPassword(caller.getUserPrincipal().getName(),
                change == null || change.currentPassword() == null ? null : change.currentPassword().toCharArray(),
                change == null || change.newPassword() == null ? null : change.newPassword().toCharArray(),
                new UserAdministration.ClientOf(request.getRemoteAddr(), caller.getUserPrincipal()
                        instanceof SignedInCaller signedIn ? signedIn.apiTokenId() : null));
        return Response.noContent().build();
    }
}
