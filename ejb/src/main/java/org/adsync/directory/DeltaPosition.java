package org.adsync.directory;

import java.util.Optional;

/**
 * Where a sync's next read may continue from, as the sync stores it between runs: opaque to the sync, each reader
 * writes and reads its own (Graph's delta link, or an Active Directory domain controller and its update sequence
 * number). Or a note that the next read must be full, and why (the settings changed, an admin asked), so that the
 * attempt can say so.
 */
public final class DeltaPosition {

    private static final String FULL_READ = "full-read:";

    private DeltaPosition() {
    }

    /** The position that makes the next read a full one, for that reason ("the settings changed"). */
    public static String fullReadBecause(String reason) {
        return FULL_READ + reason;
    }

    /** Why the next read must be full, if the position says so. */
    public static Optional<String> fullReadReason(String position) {
        return position != null && position.startsWith(FULL_READ)
                ? Optional.of(position.substring(FULL_READ.length())) : Optional.empty();
    }

    /** A position a reader may continue from: neither absent nor a request for a full read. */
    public static Optional<String> continuable(String position) {
        return position == null || position.isBlank() || position.startsWith(FULL_READ) ? Optional.empty()
                : Optional.of(position);
    }
}
