package org.adsync.sync;

/** Where a directory user stands with the PSA (the AD Users tab's Status). */
public enum DirectoryUserState {
    /** Mapped to an active contact that the sync keeps in step. */
    SYNCED("Synced"),
    /** Not mapped yet (a disabled account is never matched or created). */
    UNMAPPED("Unmapped"),
    /** Could not be mapped; the reason says why, and a manual mapping or Ignore resolves it. */
    CONFLICT("Conflict"),
    /** Skipped by every sync on an admin's word. */
    IGNORED("Ignored"),
    /** Disabled, deleted or out of scope in the directory: its contact is inactive, the mapping kept. */
    INACTIVE("Inactive"),
    /**
     * Cannot become a contact as the directory has it (no first or last name, a value longer than a contact takes,
     * an anchor two entries share); the reason says what to fix in the directory. Not a conflict between users
     * or contacts: the next sync after the directory is fixed resolves it (Ignore and mapping by hand still work).
     */
    INVALID("Invalid");

    private final String label;

    DirectoryUserState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
