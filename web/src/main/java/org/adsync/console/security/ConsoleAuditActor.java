package org.adsync.console.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.adsync.audit.AuditActor;
import org.adsync.web.signin.AdsyncAuthentication;

import java.io.IOException;

/**
 * Tells the audit trail who acts in a console request: the signed-in user as the sign-in mechanism looked them up
 * (with the single sign-on provider's issuer and subject), from the client's address. The API says so itself once it
 * has checked the caller's token or password.
 */
@WebFilter(urlPatterns = "/*")
public class ConsoleAuditActor extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditActor actor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            AdsyncAuthentication.signedIn(request).ifPresent(user -> actor.console(user.audited(),
                    request.getRemoteAddr()));
        }
        chain.doFilter(request, response);
    }
}
