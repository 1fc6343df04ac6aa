package org.adsync.api.problem;

import jakarta.ws.rs.core.Response;

/** Turns a problem into the response that carries it. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return builder(problem).build();
    }

    /** For answers that need headers besides the problem (a challenge, the allowed methods). */
    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    public static Response response(ProblemType type, String detail) {
        return response(Problem.of(type, detail));
    }
}
