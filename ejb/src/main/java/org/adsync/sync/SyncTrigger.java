package org.adsync.sync;

/** What started a sync attempt. */
public enum SyncTrigger {
    SCHEDULED,
    /** The schedule's first sync, which saving an enabled configuration starts at once. */
    FIRST,
    FORCED,
    /** An admin approved a held sync: it may deactivate as many contacts as the held one would have. */
    APPROVED,
    /** Not a sync: a dry run that reads and matches and writes no contact, user, mapping or delta state. */
    PREVIEW
}
