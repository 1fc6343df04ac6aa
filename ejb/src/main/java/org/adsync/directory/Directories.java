package org.adsync.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;

/** The directory adapters as one: each source goes to the adapter that owns its kind. */
@ApplicationScoped
public class Directories {

    @Inject
    @Any
    Instance<DirectoryReader<?>> readers;

    public ReadResult readUsers(DirectorySource source, PageHandler handler) throws DirectoryException {
        return readerOf(source).readUsers(source, handler);
    }

    public ConnectionTestReport testConnection(DirectorySource source) {
        return readerOf(source).testConnection(source);
    }

    public List<FieldProblem> checkSyntax(DirectorySource source) {
        return readerOf(source).checkSyntax(source);
    }

    public boolean repeatsUpdatedUsers(DirectorySource source) {
        return readerOf(source).repeatsUpdatedUsers();
    }

    @SuppressWarnings("unchecked") // the reader's sourceType() is its type argument, and it takes this source
    private DirectoryReader<DirectorySource> readerOf(DirectorySource source) {
        for (DirectoryReader<?> reader : readers) {
            if (reader.sourceType().isInstance(source)) {
                return (DirectoryReader<DirectorySource>) reader;
            }
        }
        throw new IllegalStateException("No directory adapter reads " + source.type() + " in this version of adsync");
    }
}
