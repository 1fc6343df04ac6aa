package org.adsync.api;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code Location} headers as path-absolute references ({@code /adsync/api/syncs/12}). Jakarta REST would make
 * them absolute with the host of the request's Host header, which anyone can forge; clients resolve a path
 * against the URL they called, which they know.
 */
public final class Locations {

    private Locations() {
    }

    /** The resource at these segments under the API's root, as a path-absolute reference. */
    public static String of(UriInfo uri, String... segments) {
        UriBuilder path = UriBuilder.fromPath(uri.getBaseUri().getRawPath());
        for (String segment : segments) {
            path.segment(segment);
        }
        return path.build().getRawPath();
    }
}
