package org.adsync.directory;

import java.util.List;
import java.util.Set;

/** Receives a directory's users page by page, so that no directory is ever held in memory whole. */
@FunctionalInterface
public interface PageHandler {

    void accept(List<DirectoryEntry> page);

    /**
     * Users who left the scope, by anchor, as an incremental read reports them. A handler that only takes full reads
     * (which report leavers by not sending them) keeps this default.
     */
    default void removed(List<String> anchors) {
        throw new IllegalStateException("This reader of the directory takes full reads only");
    }

    /**
     * Users in scope, by anchor, as a read that lists who is there reports them after the changed users' pages: they
     * count as seen by this read, which is then as complete as a full one. Answers those of them the handler does
     * not hold as in scope (they joined the scoped group, which changes no attribute of theirs): the reader sends
     * those in full afterwards.
     */
    default List<String> stillInScope(List<String> anchors) {
        throw new IllegalStateException("This reader of the directory takes full reads only");
    }

    /**
     * After a read of only the changes: every user in scope that counts as disabled now (the server's own flag or
     * the sync's "disabled when" filter), by anchor. Answers the users the handler holds otherwise and that this
     * read did not send (a lock a password policy wrote without a change the server reported, say): the reader
     * sends those in full afterwards, so that a delta ends where a full read would.
     */
    default List<String> disabledNow(Set<String> anchors) {
        throw new IllegalStateException("This reader of the directory takes full reads only");
    }
}
