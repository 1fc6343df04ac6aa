package org.adsync.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.adsync.web.signin.BrowserRequests;

import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses a state-changing request of the console that a page of another site made the browser send, unless it
 * carries a Faces view state (which another site cannot know, so Faces itself refuses a forged one). The sign-in
 * form's own post is checked the same way where it is handled ({@code AdsyncAuthentication}): another site must not
 * sign the browser in as the attacker's user (login CSRF). The API needs no such check: a browser's cookie never
 * signs an API call in.
 */
@WebFilter(urlPatterns = "/*")
public class CrossSitePosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrossSitePosts.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!api && !SAFE_METHODS.contains(request.getMethod()) && BrowserRequests.fromAnotherSite(request)
                && request.getParameter(VIEW_STATE) == null) {
            LOG.warning(() -> request.getMethod() + " " + request.getRequestURI() + " from another site ("
                    + request.getHeader("Origin") + ") refused");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
