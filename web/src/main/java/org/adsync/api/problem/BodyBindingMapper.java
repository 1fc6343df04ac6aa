package org.adsync.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body whose JSON is well-formed but does not fit the resource's input (a text where a number belongs): 400. */
@Provider
public class BodyBindingMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return Problems.response(JsonErrors.describe(e));
    }
}
