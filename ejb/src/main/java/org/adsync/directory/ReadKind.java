package org.adsync.directory;

/**
 * What a read covered, which decides who the sync may take as gone and how much it must reconcile.
 */
public enum ReadKind {
    /** Every user in scope: whoever was not seen has left. */
    FULL,
    /**
     * Continued from the stored position: the changed users in full, and everyone else in scope listed by anchor
     * ({@link PageHandler#stillInScope}): whoever was neither seen nor listed has left, as after a full read.
     */
    LISTED,
    /**
     * Continued from the stored position: only what changed, with the users who left named
     * ({@link PageHandler#removed}); users not seen are unchanged, not gone.
     */
    CHANGES;

    /** Whether the read continued from where the last one ended rather than reading everyone afresh. */
    public boolean continued() {
        return this != FULL;
    }
}
