package org.adsync.sync;

import java.time.Instant;
import java.util.List;

/**
 * One change of a contact by a sync attempt or a preview: which contact (no id for one a preview would create),
 * for which directory user, what kind, and for an update, the fields from what to what.
 */
public record ContactChangeView(long id, long attemptId, Long contactId, String contactName, String directoryUser,
                                ContactChangeKind kind, List<FieldChange> fields, String note, Instant changedAt) {
}
