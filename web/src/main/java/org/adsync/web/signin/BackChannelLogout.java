package org.adsync.web.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.adsync.security.sso.SsoProviderException;
import org.adsync.security.sso.SsoSignIns;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * The single sign-on provider's back-channel logout (OpenID Connect Back-Channel Logout 1.0): the provider posts a
 * logout token here when a user signs out there or is signed out by an administrator, and every adsync session of
 * that user ends at its next request, on every server. Register {@code <console>/sso/backchannel-logout} as the
 * client's back-channel logout URL. No browser calls it: it answers as the specification says, 200 or 400.
 */
@WebServlet(BackChannelLogout.PATH)
public class BackChannelLogout extends HttpServlet {

    public static final String PATH = "/sso/backchannel-logout";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BackChannelLogout.class.getName());

    @Inject
    transient SsoSignIns signIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        try {
            if (token == null || token.isBlank()) {
                throw new SsoProviderException("No logout_token in the request");
            }
            signIns.backChannelLogout(token);
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (SsoProviderException e) {
            LOG.warning(() -> "Back-channel logout from " + request.getRemoteAddr() + " refused: " + e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"invalid_request\"}");
        }
    }
}
