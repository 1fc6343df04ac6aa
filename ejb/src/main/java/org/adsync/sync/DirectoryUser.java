package org.adsync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.adsync.directory.DirectoryEntry;
import org.adsync.psa.Contact;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A user as the last syncs saw it in the organization's directory, identified by its anchor, and what it is to the
 * PSA: mapped to a contact, unmapped, in conflict, ignored or inactive.
 */
@Entity
@Table(name = "directory_user")
public class DirectoryUser {

    public static final int MAX_REASON_LENGTH = 1000;
    private static final String IGNORED_REASON = "Ignored by an admin: not synced until someone stops ignoring it.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @Id
    @SequenceGenerator(name = "directory_user_seq", sequenceName = "directory_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directory_user_seq")
    private Long id;

    @Column(name = "configuration_id", nullable = false, updatable = false)
    private Long configurationId;

    @Column(nullable = false, length = 64, updatable = false)
    private String anchor;

    @Embedded
    private DirectoryUserAttributes attributes;

    /** The user principal name in lower case, by which a portal finds a signed-in user's contact. */
    @Column(name = "upn_key", length = 1024)
    private String upnKey;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "in_scope", nullable = false)
    private boolean inScope;

    @Column(nullable = false)
    private boolean ignored;

    @Column(name = "manually_mapped", nullable = false)
    private boolean manuallyMapped;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DirectoryUserState state;

    @Column(name = "state_reason", length = MAX_REASON_LENGTH)
    private String stateReason;

    @Column(name = "data_problem", length = MAX_REASON_LENGTH)
    private String dataProblem;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Column(nullable = false)
    private long fingerprint;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected DirectoryUser() {
        // for JPA
    }

    public DirectoryUser(long configurationId, DirectoryEntry entry, Instant now) {
        this.configurationId = configurationId;
        this.anchor = Objects.requireNonNull(entry.anchor(), "anchor");
        this.state = DirectoryUserState.UNMAPPED;
        this.changedAt = now;
        seen(entry, now);
    }

    /**
     * The directory's current values. Callers skip users whose {@link DirectoryEntryFingerprint} is unchanged, so an
     * unchanged directory costs no writes.
     */
    public final void seen(DirectoryEntry entry, Instant now) {
        this.fingerprint = DirectoryEntryFingerprint.of(entry);
        DirectoryUserAttributes updated = DirectoryUserAttributes.of(entry);
        if (!updated.equals(attributes) || disabled != entry.disabled() || !inScope) {
            this.changedAt = now;
            this.attributes = updated;
            this.upnKey = updated.userPrincipalName() == null ? null
                    : updated.userPrincipalName().toLowerCase(Locale.ROOT);
        }
        String problem = ContactFit.problemOf(entry).orElse(null);
        if (!java.util.Objects.equals(problem, dataProblem)) {
            this.dataProblem = problem;
        }
        this.disabled = entry.disabled();
        this.inScope = true;
    }

    /** The user as the directory described it last, for an entry that names only what changed to complete. */
    public DirectoryEntry asEntry() {
        DirectoryUserAttributes a = getAttributes();
        return new DirectoryEntry(anchor, a.dn(), a.accountName(), a.userPrincipalName(), a.displayName(),
                a.firstName(), a.middleName(), a.lastName(), a.email(), a.phone(), a.mobilePhone(), a.title(),
                a.department(), disabled);
    }

    /** Another entry of the same read has this user's anchor: neither can be trusted to be this user. */
    public void sameAnchorAs(DirectoryEntry other) {
        this.fingerprint = 0; // read this user afresh next time, when the duplicate may be gone
        this.dataProblem = cut("Two directory entries have the anchor " + anchor + ": " + getAttributes().dn()
                + " and " + other.dn() + ". Remove or repair the duplicate in the directory.");
    }

    /** An admin mapped, unmapped or ignored this user: the AD Users tab's Last change shows when. */
    public void changedByAdmin(Instant now) {
        this.changedAt = now;
    }

    public void leftScope(Instant now) {
        if (inScope) {
            inScope = false;
            changedAt = now;
        }
    }

    public void mapTo(Contact newContact, boolean byHand) {
        this.contact = Objects.requireNonNull(newContact, "newContact");
        this.manuallyMapped = byHand;
        this.ignored = false;
        settle();
    }

    /** In a preview's scratch copy only: this user would get a new contact, so no later round matches it. */
    public void wouldGetNewContact() {
        this.state = DirectoryUserState.SYNCED;
        this.stateReason = "A new contact would be created.";
    }

    public void unmap() {
        this.contact = null;
        this.manuallyMapped = false;
        settle();
    }

    /** Ignoring a mapped user removes its mapping: the contact is left as it is. */
    public void ignore() {
        this.ignored = true;
        this.contact = null;
        this.manuallyMapped = false;
        this.state = DirectoryUserState.IGNORED;
        this.stateReason = IGNORED_REASON;
    }

    public void stopIgnoring() {
        this.ignored = false;
        this.state = DirectoryUserState.UNMAPPED; // for the next sync to match, whatever the directory says now
        this.stateReason = "No longer ignored: the next sync matches it to a contact, or creates one.";
    }

    public void conflict(String reason) {
        this.state = DirectoryUserState.CONFLICT;
        this.stateReason = cut(reason);
    }

    /** Cannot become a contact as the directory has it; the reason says what to fix there. */
    public void invalid(String reason) {
        this.state = DirectoryUserState.INVALID;
        this.stateReason = cut(reason);
    }

    /**
     * Disabled or out of scope, but its contact was left active (not covered by an admin's approval): listed as
     * inactive with the reason, and changed now, so that the next run looks at it again even if it reads only
     * the changes.
     */
    public void deactivationWithheld(String reason, Instant now) {
        this.state = DirectoryUserState.INACTIVE;
        this.stateReason = cut(reason);
        this.changedAt = now;
    }

    /** Synced, but with a note on what could not be taken over. */
    public void note(String reason) {
        this.stateReason = cut(reason);
    }

    private static String cut(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
    }

    /**
     * The state that follows from the mapping and the directory: synced, inactive or unmapped; every state but synced
     * with the reason, so that no user in the list is left unexplained.
     */
    public void settle() {
        if (ignored) {
            state = DirectoryUserState.IGNORED;
            stateReason = IGNORED_REASON;
        } else if (!inScope) {
            state = DirectoryUserState.INACTIVE;
            stateReason = "Not in scope since " + DAY.format(changedAt) + ": deleted from the directory, moved out "
                    + "of the base DN, or no longer matched by the filter or group" + (contact == null ? "." : "; its "
                    + "contact was deactivated.");
        } else if (disabled) {
            state = DirectoryUserState.INACTIVE;
            stateReason = "Disabled in the directory" + (contact != null ? "; its contact was deactivated."
                    : "; no contact matched, and a disabled user never gets a new one.");
        } else {
            state = contact != null ? DirectoryUserState.SYNCED : DirectoryUserState.UNMAPPED;
            stateReason = contact != null ? null : "Not matched to a contact yet: the next sync matches it to a "
                    + "contact or creates one.";
        }
    }

    /** This departed user's contact went to another directory user (created again, say): the list says to whom. */
    public void contactTakenOverBy(String otherUser) {
        stateReason = cut(getStateReason().map(reason -> reason.endsWith(".")
                ? reason.substring(0, reason.length() - 1) : reason).orElse("Left the scope")
                + "; its contact was taken over by " + otherUser + ".");
    }

    public boolean isActiveInDirectory() {
        return inScope && !disabled;
    }

    public Long getId() {
        return id;
    }

    public long getConfigurationId() {
        return configurationId;
    }

    public String getAnchor() {
        return anchor;
    }

    public DirectoryUserAttributes getAttributes() {
        return attributes != null ? attributes : DirectoryUserAttributes.NONE;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public boolean isInScope() {
        return inScope;
    }

    public boolean isIgnored() {
        return ignored;
    }

    public boolean isManuallyMapped() {
        return manuallyMapped;
    }

    public DirectoryUserState getState() {
        return state;
    }

    public Optional<String> getStateReason() {
        return Optional.ofNullable(stateReason);
    }

    public Optional<Contact> getContact() {
        return Optional.ofNullable(contact);
    }

    /** Why the directory's values cannot be taken as they are, if they cannot. */
    public Optional<String> getDataProblem() {
        return Optional.ofNullable(dataProblem);
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
