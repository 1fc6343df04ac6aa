package org.adsync.web.signin;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells requests a browser made from those of scripts. Browsers mark every request they send with
 * {@code Sec-Fetch-*} headers (and cross-origin or state-changing ones with {@code Origin}), which a page cannot
 * suppress; curl and HTTP libraries send neither unless told to.
 */
public final class BrowserRequests {

    private BrowserRequests() {
    }

    public static boolean madeByBrowser(HttpServletRequest request) {
        return request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Origin") != null;
    }

    /**
     * Whether a page of another site made the browser send this request (a cross-site form post, login CSRF): as the
     * browser says in {@code Sec-Fetch-Site}, or else as its {@code Origin} names another host than the one the
     * request went to. A request with neither header comes from no browser page of another site.
     */
    public static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        if (origin.equals("null")) {
            return true; // a sandboxed frame or a redirect across origins: never one of this application's pages
        }
        String host = request.getHeader("Host");
        int scheme = origin.indexOf("://");
        return host == null || scheme < 0 || !origin.substring(scheme + 3).equalsIgnoreCase(host);
    }
}
