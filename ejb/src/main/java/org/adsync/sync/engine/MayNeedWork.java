package org.adsync.sync.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The ids of the users a run that read only the changes walks ({@link org.adsync.sync.DirectoryUserRepository#
 * mayNeedWork}), found in one pass before the first batch: the batches then load their users by primary key instead
 * of each scanning on for the next few hundred that qualify. A few thousand ids after a typical delta; 3 MB if
 * every one of 400,000 users qualifies.
 */
final class MayNeedWork {

    private final long[] ids;

    MayNeedWork(List<Long> ascendingIds) {
        this.ids = ascendingIds.stream().mapToLong(Long::longValue).toArray();
    }

    int size() {
        return ids.length;
    }

    /** The next {@code size} ids after {@code afterId}; empty at the end. */
    List<Long> after(long afterId, int size) {
        int from = Arrays.binarySearch(ids, afterId);
        from = from >= 0 ? from + 1 : -from - 1;
        return Arrays.stream(ids, from, Math.min(ids.length, from + size)).boxed().toList();
    }
}
