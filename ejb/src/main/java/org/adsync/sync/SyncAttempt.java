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
    private SyncCounts counts = new SyncCounts();

    protected SyncAttempt() {
        // for JPA
    }

    public SyncAttempt(long configurationId, SyncTrigger trigger, Instant startedAt) {
        this.configurationId = configurationId;
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.outcome = SyncOutcome.RUNNING;
    }

    public void succeeded(SyncCounts finalCounts, String summary, Instant now) {
        finish(SyncOutcome.SUCCEEDED, finalCounts, summary, now);
    }

    public void failed(SyncCounts countsSoFar, String reason, Instant now) {
        finish(SyncOutcome.FAILED, countsSoFar, reason, now);
    }

    private void finish(SyncOutcome result, SyncCounts finalCounts, String text, Instant now) {
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

    public SyncCounts getCounts() {
        return counts;
    }
}
