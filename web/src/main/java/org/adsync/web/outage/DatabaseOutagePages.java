package org.adsync.web.outage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A console page whose database went away while it was being made shows "adsync cannot reach its database" (503)
 * instead of the error page (500). The API answers its own ({@code UnexpectedErrorMapper}).
 */
@WebFilter(urlPatterns = "/*")
public class DatabaseOutagePages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            DatabaseOutage.noted("a console page", e);
            response.reset();
            DatabaseOutage.answerWithPage(response);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
