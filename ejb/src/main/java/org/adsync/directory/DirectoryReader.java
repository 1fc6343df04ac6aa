package org.adsync.directory;

import java.util.List;

/** The port to a kind of directory, which reads the kind of source it owns. */
public interface DirectoryReader<S extends DirectorySource> {

    /** The kind of source this adapter reads. */
    Class<S> sourceType();

    /** Streams the users in scope to the handler, page by page. */
    ReadResult readUsers(S source, PageHandler handler) throws DirectoryException;

    /** Runs the connection steps in order and says what each found; never throws for a directory problem. */
    ConnectionTestReport testConnection(S source);

    /**
     * Whether one read may send a user more than once, the later entry being the newer: Graph's delta query does.
     * Otherwise a repeated anchor is a directory problem, reported as a conflict.
     */
    default boolean repeatsUpdatedUsers() {
        return false;
    }

    /** Problems with the settings that can be found without connecting (filter and DN syntax). */
    List<FieldProblem> checkSyntax(S source);
}
