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
import org.adsync.security.sso.SsoSignIns;
import org.adsync.web.signin.AdsyncAuthentication;
import org.adsync.web.signin.SingleSignOnFlow;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Optional;

/** The signed-in user as the pages need it: a name to show and which parts of the console to offer. */
@Named
@RequestScoped
public class CurrentUser {

    /** The request attribute with the provider's sign-out URL, for {@value #SIGNING_OUT_PAGE}. */
    static final String PROVIDER_SIGN_OUT = "providerSignOut";
    private static final String SIGNING_OUT_PAGE = "/signing-out";

    @Inject
    SecurityContext securityContext;

    @Inject
    ExternalContext externalContext;

    @Inject
    SsoSignIns signIns;

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

    /** Signed in through the OpenID Connect provider: no password here to change. */
    public boolean isSignedInThroughProvider() {
        return SingleSignOnFlow.providerSession(((HttpServletRequest) externalContext.getRequest()).getSession(false))
                .isPresent();
    }

    /** Signed in with a one-time password: the console offers nothing but choosing one's own. */
    public boolean isMustChangePassword() {
        return AdsyncAuthentication.signedIn((HttpServletRequest) externalContext.getRequest())
                .map(AuthenticatedUser::mustChangePassword).orElse(false);
    }

    /**
     * Ends the session and, for a user the OpenID Connect provider signed in, the provider's session too where the
     * provider supports RP-initiated logout: otherwise the next "Sign in with …" would let them straight back in.
     * The way to the provider is a page of its own, not a redirect: the console's Content-Security-Policy lets forms
     * submit only to adsync, and a browser holds a form's redirects to that too.
     */
    public String signOut() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        Optional<SingleSignOnFlow.ProviderSession> providerSession =
                SingleSignOnFlow.providerSession(request.getSession(false));
        URI signedOut = URI.create(SingleSignOnFlow.applicationUrl(request) + "/");
        request.logout();
        externalContext.invalidateSession();
        Optional<URI> providerSignOut = providerSession.flatMap(session -> signIns.providerSignOut(session.issuer(),
                session.idToken(), signedOut));
        if (providerSignOut.isPresent()) {
            request.setAttribute(PROVIDER_SIGN_OUT, providerSignOut.get().toString());
            return SIGNING_OUT_PAGE;
        }
        externalContext.redirect(externalContext.getRequestContextPath() + "/");
        return null;
    }
}
