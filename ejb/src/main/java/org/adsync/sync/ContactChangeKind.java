package org.adsync.sync;

/** What a sync did, or a preview would do, to one contact. */
public enum ContactChangeKind {
    CREATED("Create"),
    UPDATED("Update"),
    DEACTIVATED("Deactivate"),
    REACTIVATED("Re-activate"),
    /** Mapped to a new directory user, the old one having left the scope; the old mapping ended. */
    TAKEN_OVER("Take over");

    private final String label;

    ContactChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
