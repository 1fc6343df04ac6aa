package org.adsync.directory;

import java.util.List;

/** Receives a directory's users page by page, so that no directory is ever held in memory whole. */
@FunctionalInterface
public interface PageHandler {

    void accept(List<DirectoryEntry> page);
}
