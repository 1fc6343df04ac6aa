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
}
