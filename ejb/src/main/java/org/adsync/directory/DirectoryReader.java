package org.adsync.directory;

import org.adsync.sync.DirectoryType;

import java.util.List;

/** The port to a kind of directory. */
public interface DirectoryReader {

    DirectoryType type();

    /** Streams the users in scope to the handler, page by page. */
    ReadResult readUsers(DirectorySource source, PageHandler handler) throws DirectoryException;

    /** Runs the connection steps in order and says what each found; never throws for a directory problem. */
    ConnectionTestReport testConnection(DirectorySource source);

    /**
     * Whether one read may send a user more than once, the later entry being the newer: Graph's delta query does.
     * Otherwise a repeated anchor is a directory problem, reported as a conflict.
     */
    default boolean repeatsUpdatedUsers() {
        return false;
    }

    /** Problems with the settings that can be found without connecting (filter and DN syntax). */
    List<org.adsync.sync.FieldProblem> checkSyntax(DirectorySource source);
}
