package org.adsync.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.adsync.security.AuthenticatedUser;
import org.adsync.security.Permission;
import org.adsync.web.signin.AdsyncAuthentication;

import java.io.IOException;
import java.security.Principal;

/** The signed-in user as the pages need it: a name to show and which parts of the console to offer. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    ExternalContext externalContext;

    public String getName() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean isMayViewOrganizations() {
        return securityContext.isCallerInRole(Permission.VIEW_ORGANIZATIONS.role());
    }

    public boolean isMayConfigureMicrosoftExtensions() {
        return securityContext.isCallerInRole(Permission.CONFIGURE_MICROSOFT_EXTENSIONS.role());
    }

    public boolean isMayManageConsoleUsers() {
        return securityContext.isCallerInRole(Permission.MANAGE_CONSOLE_USERS.role());
    }

    /** Signed in with a one-time password: the console offers nothing but choosing one's own. */
    public boolean isMustChangePassword() {
        return AdsyncAuthentication.signedIn((HttpServletRequest) externalContext.getRequest())
                .map(AuthenticatedUser::mustChangePassword).orElse(false);
    }

    public void signOut() throws ServletException, IOException {
        ((HttpServletRequest) externalContext.getRequest()).logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/");
    }
}
