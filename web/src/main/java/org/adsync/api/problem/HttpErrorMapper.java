package org.adsync.api.problem;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.adsync.api.AdsyncApi;
import org.adsync.api.Page;
import org.adsync.directory.FieldProblem;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jakarta REST itself refuses (no such path, a method the resource does not take, a body that is not JSON):
 * the same status as a problem document with a sentence that helps.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    /** How RESTEasy names the parameter it could not convert: {@code PathParam("id")}. */
    private static final Pattern PARAMETER = Pattern.compile("(?:Path|Query)Param\\(\"([A-Za-z]+)\"\\)");

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder answer = Problems.builder(problem(e, status));
        if (e instanceof NotAllowedException) {
            answer.allow(original.getAllowedMethods());
        }
        return answer.build();
    }

    private Problem problem(WebApplicationException e, int status) {
        if (BodyTooLargeException.within(e)) {
            return BodyTooLargeException.problem();
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            return malformedParameter(e);
        }
        if (e instanceof NotFoundException) {
            return Problem.of(ProblemType.NOT_FOUND, "There is no resource at " + uri.getPath()
                    + ". The API's resources are described at " + AdsyncApi.OPENAPI_DOCUMENT + ".");
        }
        if (e instanceof NotAllowedException) {
            return plain(status, "Method Not Allowed", "This resource takes only "
                    + String.join(", ", e.getResponse().getAllowedMethods()) + ".");
        }
        if (e instanceof NotSupportedException) {
            return plain(status, "Unsupported Media Type",
                    "Send the body as JSON, with Content-Type: application/json.");
        }
        if (e instanceof NotAcceptableException) {
            return plain(status, "Not Acceptable", "The API answers in JSON (application/json), and errors in "
                    + Problem.MEDIA_TYPE + ".");
        }
        if (status == 400) {
            return JsonErrors.describe(e);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String reason = type == null ? "HTTP " + status : type.getReasonPhrase();
        return plain(status, reason, reason + ".");
    }

    /**
     * Jakarta REST answers 404 when a path or query parameter cannot be converted ({@code /syncs/abc},
     * {@code page=99999999999}); the resource exists, the request is wrong, so 400 naming the parameter.
     */
    private static Problem malformedParameter(WebApplicationException e) {
        Matcher named = PARAMETER.matcher(String.valueOf(e.getMessage()));
        String parameter = named.find() ? named.group(1) : "a path or query parameter";
        return Problem.invalid(ProblemType.INVALID_REQUEST, List.of(new FieldProblem(parameter, "The value of "
                + parameter + " is not of the expected form: ids, page and size are whole numbers (size at most "
                + Page.MAX_SIZE + "), and the other parameters take the values the API description lists.")));
    }

    private static Problem plain(int status, String title, String detail) {
        return new Problem(URI.create("about:blank"), title, status, detail, null, null, null, null);
    }
}
