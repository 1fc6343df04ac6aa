package org.adsync.sync;

import org.adsync.directory.DirectoryType;
import org.adsync.directory.FieldProblem;
import org.adsync.platform.RequestRefusedException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The settings cannot be saved as they are; each problem names its field. Nothing was written. */
public class InvalidSyncSettingsException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;
    private final DirectoryType settingsOf;

    public InvalidSyncSettingsException(List<FieldProblem> problems) {
        this(null, problems);
    }

    /** Problems with the settings of that kind of directory, whose fields share some names (trusted certificates). */
    public InvalidSyncSettingsException(DirectoryType settingsOf, List<FieldProblem> problems) {
        this(Kind.INVALID, settingsOf, problems);
    }

    /** A refusal of another kind that still names the field it is about (an organization synced already). */
    protected InvalidSyncSettingsException(Kind kind, DirectoryType settingsOf, List<FieldProblem> problems) {
        super(kind, problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.settingsOf = settingsOf;
    }

    public InvalidSyncSettingsException(String field, String message) {
        this(null, List.of(new FieldProblem(field, message)));
    }

    public InvalidSyncSettingsException(DirectoryType settingsOf, String field, String message) {
        this(settingsOf, List.of(new FieldProblem(field, message)));
    }

    /** Whose settings the fields are, where known; empty for the common fields (interval, billing product). */
    public Optional<DirectoryType> settingsOf() {
        return Optional.ofNullable(settingsOf);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
