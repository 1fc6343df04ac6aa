package org.adsync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One run of a sync, recorded when it starts and completed when it ends, whatever the outcome. */
@Entity
@Table(name = "sync_attempt")
public class SyncAttempt {

    /** How many of a sync's latest attempts its Status shows; at least these are always kept. */
    public static final int STATUS_HISTORY = 10;

    public static final int MAX_MESSAGE_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "sync_attempt_seq", sequenceName = "sync_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_attempt_seq")
    private Long id;

    @Column(name = "configuration_id", nullable = false, updatable = false)
    private Long configurationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_type", nullable = false, length = 16)
    private SyncTrigger trigger;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SyncOutcome outcome;

    @Column(length = MAX_MESSAGE_LENGTH)
    private String message;

    @Embedded
    private AttemptCounts counts = new AttemptCounts();

    @Column(name = "held_deactivations")
    private Integer heldDeactivations;

    @Column(name = "approved_deactivations")
    private Integer approvedDeactivations;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    /** A held attempt's: the version of the settings it ran with, which an approval must still find. */
    @Column(name = "settings_version")
    private Long settingsVersion;

    @Column(name = "rejected_by", length = 100)
    private String rejectedBy;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    protected SyncAttempt() {
        // for JPA
    }

    public SyncAttempt(long configurationId, SyncTrigger trigger, Instant startedAt) {
        this.configurationId = configurationId;
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.outcome = SyncOutcome.RUNNING;
    }

    public void succeeded(AttemptCounts finalCounts, String summary, Instant now) {
        finish(SyncOutcome.SUCCEEDED, finalCounts, summary, now);
    }

    public void failed(AttemptCounts countsSoFar, String reason, Instant now) {
        finish(SyncOutcome.FAILED, countsSoFar, reason, now);
    }

    /** While it runs: what it counted so far, for the pages that show its progress. */
    public void progress(AttemptCounts soFar) {
        if (outcome == SyncOutcome.RUNNING) {
            this.counts = soFar.copy();
        }
    }

    /**
     * Ended without writing anything: it would have deactivated that many contacts, more than allowed, with the
     * settings of that version.
     */
    public void held(AttemptCounts countsSoFar, int wouldDeactivate, String reason, long withSettingsVersion,
                     Instant now) {
        this.heldDeactivations = wouldDeactivate;
        this.settingsVersion = withSettingsVersion;
        finish(SyncOutcome.HELD, countsSoFar, reason, now);
    }

    /**
     * Why this attempt cannot be approved now, if it cannot: only a held attempt can, only while it is the sync's
     * latest run, not rejected, and while the settings are those it ran with (an approval of a list made with other
     * settings would deactivate what the admin never saw).
     */
    public Optional<String> whyNotApprovable(boolean latestRun, long currentSettingsVersion) {
        if (outcome != SyncOutcome.HELD) {
            return Optional.of("Attempt " + id + " was not held: only a held sync can be approved or rejected.");
        }
        if (rejectedBy != null) {
            return Optional.of("This hold was rejected by " + rejectedBy + "; run a preview or Force Sync again.");
        }
        if (!latestRun) {
            return Optional.of("A later sync ran after this one was held, so this hold can no longer be approved; "
                    + "look at the latest run, or run a preview or Force Sync again.");
        }
        if (settingsVersion == null || settingsVersion != currentSettingsVersion) {
            return Optional.of("The settings changed after this run was held; run a preview or Force Sync again.");
        }
        return Optional.empty();
    }

    /** An admin dismissed this hold: it can no longer be approved, and the next sync decides afresh. */
    public void reject(String admin, Instant now) {
        this.rejectedBy = Objects.requireNonNull(admin, "admin");
        this.rejectedAt = now;
    }

    /** This run applies a held sync an admin approved: it may deactivate up to that many contacts. */
    public void approvedBy(String admin, int deactivations) {
        this.approvedBy = Objects.requireNonNull(admin, "admin");
        this.approvedDeactivations = deactivations;
    }

    private void finish(SyncOutcome result, AttemptCounts finalCounts, String text, Instant now) {
        this.outcome = result;
        this.counts = finalCounts;
        this.message = text == null || text.length() <= MAX_MESSAGE_LENGTH ? text
                : text.substring(0, MAX_MESSAGE_LENGTH);
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getConfigurationId() {
        return configurationId;
    }

    public SyncTrigger getTrigger() {
        return trigger;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public SyncOutcome getOutcome() {
        return outcome;
    }

    public Optional<String> getMessage() {
        return Optional.ofNullable(message);
    }

    public Optional<Integer> getHeldDeactivations() {
        return Optional.ofNullable(heldDeactivations);
    }

    public Optional<Integer> getApprovedDeactivations() {
        return Optional.ofNullable(approvedDeactivations);
    }

    public Optional<String> getApprovedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<String> getRejectedBy() {
        return Optional.ofNullable(rejectedBy);
    }

    public Optional<Instant> getRejectedAt() {
        return Optional.ofNullable(rejectedAt);
    }

    public AttemptCounts getCounts() {
        return counts;
    }
}
