package org.adsync.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API at /adsync/api: what the AD Sync pages do, for scripts and monitoring. Resources, providers and
 * exception mappers are found by scanning this package.
 */
@ApplicationPath("api")
public class AdsyncApi extends Application {

    public static final String OPENAPI_DOCUMENT = "openapi.yaml";
}
