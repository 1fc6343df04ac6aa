package org.adsync.sync;

import java.util.List;
import java.util.stream.Collectors;

/** The settings cannot be saved as they are; each problem names its field. Nothing was written. */
public class InvalidSyncSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidSyncSettingsException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidSyncSettingsException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
