package org.adsync.console.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The browser security headers, in one place for every response of the console and the API: pages, static
 * resources, error pages and problem documents alike.
 * <ul>
 *     <li>Content-Security-Policy: only this origin's scripts, styles, images and fonts, no plugins, forms that post
 *     only here, and no framing. PrimeFaces and Faces write inline widget scripts and {@code style} attributes, so
 *     inline scripts and styles stay allowed; nothing may be loaded from elsewhere or evaluated from text.</li>
 *     <li>X-Frame-Options for browsers that predate {@code frame-ancestors}; nosniff; the referrer only for this
 *     origin; HSTS once the request came over HTTPS (directly, or through a proxy WildFly is told to trust);
 *     {@code Cache-Control: no-store} on everything but static resources.</li>
 * </ul>
 * Also on forwards and error dispatches, since the sign-in page is shown by a forward.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    /** Stylesheets, scripts and images, which Faces serves with caching headers of its own. */
    static final String STATIC_RESOURCES = "/jakarta.faces.resource/";
    /** Two years, as the HSTS preload list asks. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + STATIC_RESOURCES)) {
            // pages and answers show customers' contacts and settings: no browser or proxy keeps a copy
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new RelativeRedirects(response));
    }

    /**
     * Redirects within the console as relative references: the servlet container would otherwise make them
     * absolute with the host from the request's Host header, which anyone can forge.
     */
    private static final class RelativeRedirects extends HttpServletResponseWrapper {

        RelativeRedirects(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (location.startsWith("/") && !location.startsWith("//")) {
                resetBuffer();
                setStatus(SC_FOUND);
                setHeader("Location", location);
                flushBuffer();
            } else {
                super.sendRedirect(location);
            }
        }
    }
}
