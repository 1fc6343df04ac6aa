package org.adsync.api.security;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Tells requests a browser made from those of scripts. Browsers mark every request they send with
 * {@code Sec-Fetch-*} headers (and cross-origin or state-changing ones with {@code Origin}), which a page cannot
 * suppress; curl and HTTP libraries send neither unless told to.
 */
final class BrowserRequests {

    private BrowserRequests() {
    }

    static boolean madeByBrowser(ContainerRequestContext request) {
        return request.getHeaderString("Sec-Fetch-Mode") != null
                || request.getHeaderString("Sec-Fetch-Site") != null
                || request.getHeaderString("Origin") != null;
    }
}
