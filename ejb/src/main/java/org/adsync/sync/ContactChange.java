package org.adsync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one sync attempt did to one contact, or what a preview found it would do: written in the batch's
 * transaction, so a contact changed is a change recorded. Kept as long as its attempt.
 */
@Entity
@Table(name = "contact_change")
public class ContactChange {

    static final int MAX_NAME_LENGTH = 256;
    static final int MAX_NOTE_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "contact_change_seq", sequenceName = "contact_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_change_seq")
    private Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private long attemptId;

    /** Null for a contact a preview would create. */
    @Column(name = "contact_id", updatable = false)
    private Long contactId;

    @Column(name = "contact_name", length = MAX_NAME_LENGTH, updatable = false)
    private String contactName;

    @Column(name = "directory_user", length = MAX_NAME_LENGTH, updatable = false)
    private String directoryUser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ContactChangeKind kind;

    @Column(name = "field_changes", length = FieldChanges.MAX_LENGTH, updatable = false)
    private String fieldChanges;

    @Column(length = MAX_NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ContactChange() {
        // for JPA
    }

    public ContactChange(long attemptId, Long contactId, String contactName, String directoryUser,
                         ContactChangeKind kind,
                  List<FieldChange> fields, String note, Instant changedAt) {
        this.attemptId = attemptId;
        this.contactId = contactId;
        this.contactName = cut(contactName, MAX_NAME_LENGTH);
        this.directoryUser = cut(directoryUser, MAX_NAME_LENGTH);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fieldChanges = fields.isEmpty() ? null : FieldChanges.encode(fields);
        this.note = cut(note, MAX_NOTE_LENGTH);
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public ContactChangeView view() {
        return new ContactChangeView(id, attemptId, contactId, contactName, directoryUser, kind,
                FieldChanges.decode(fieldChanges), note, changedAt);
    }
}
