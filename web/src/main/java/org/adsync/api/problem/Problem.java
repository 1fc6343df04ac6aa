package org.adsync.api.problem;

import org.adsync.directory.FieldProblem;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An error as RFC 9457 "problem details": a type, the HTTP status, a title per type and a detail that tells the
 * caller what to do. Validation problems name the field (the first in {@code field}, all in {@code errors}).
 * Never carries a stack trace or an exception's class name.
 */
public record Problem(URI type, String title, int status, String detail, String field, List<FieldProblem> errors,
                      Instant runningSince, String reference) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null);
    }

    /** A problem with fields; the detail lists their messages, which say what to enter. */
    public static Problem invalid(ProblemType type, List<FieldProblem> errors) {
        String detail = errors.stream().map(FieldProblem::message).collect(Collectors.joining("; "));
        return new Problem(type.uri(), type.title(), type.status(), detail,
                errors.isEmpty() ? null : errors.get(0).field(), List.copyOf(errors), null, null);
    }

    public Problem withRunningSince(Instant since) {
        return new Problem(type, title, status, detail, field, errors, since, reference);
    }

    public Problem withReference(String newReference) {
        return new Problem(type, title, status, detail, field, errors, runningSince, newReference);
    }
}
