package org.adsync.api.problem;

import org.adsync.directory.FieldProblem;
import org.adsync.platform.RequestRefusedException;

import java.util.List;
import java.util.stream.Collectors;

/** A request the API cannot turn into a service call: a parameter or JSON value of the wrong form. */
public class InvalidRequestException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(Kind.INVALID, problems.stream().map(p -> p.field() + ": " + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
