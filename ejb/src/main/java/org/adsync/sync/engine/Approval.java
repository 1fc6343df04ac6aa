package org.adsync.sync.engine;

import java.util.Set;

/**
 * An admin's approval of a held attempt: the run that applies it deactivates only the contacts that attempt listed
 * (and that still qualify). Anyone else who would go now stays active, for the next run to count (and hold) afresh.
 */
public record Approval(long heldAttemptId, Set<Long> contactIds) {

    public Approval {
        contactIds = Set.copyOf(contactIds);
    }

    boolean covers(long contactId) {
        return contactIds.contains(contactId);
    }
}
