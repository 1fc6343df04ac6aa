package org.adsync.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.io.InputStream;

/** Serves the API's OpenAPI 3.1 description, to anyone: it describes the API and holds no data. */
@Path(AdsyncApi.OPENAPI_DOCUMENT)
public class OpenApiResource {

    static final String MEDIA_TYPE = "application/yaml";

    @GET
    @PermitAll
    @Produces(MEDIA_TYPE)
    public InputStream document() {
        InputStream document = OpenApiResource.class.getResourceAsStream("/" + AdsyncApi.OPENAPI_DOCUMENT);
        if (document == null) {
            throw new NotFoundException();
        }
        return document;
    }
}
