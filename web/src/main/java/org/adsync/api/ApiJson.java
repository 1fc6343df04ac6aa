package org.adsync.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON binding. A property the resource does not know is refused rather than dropped: a typo such as
 * "bindPasword" must not silently keep the stored password or save a default.
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

    /** Yasson's switch (Jakarta JSON Binding has no standard one); other implementations ignore it. */
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
