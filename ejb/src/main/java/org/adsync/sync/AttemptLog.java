package org.adsync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.directory.CertificateObservation;

import java.time.Instant;

/** Records attempts and what a connection showed, each in a transaction of its own so that it survives a failure. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AttemptLog {

    @Inject
    SyncAttemptRepository attempts;

    @Inject
    SyncConfigurationRepository configurations;

    /** The plan of the configuration's run, and the attempt now recorded as running. */
    public Started start(long configurationId, SyncTrigger trigger) {
        SyncConfiguration configuration = configurations.findById(configurationId).orElseThrow(
                () -> new IllegalArgumentException("No AD Sync configuration " + configurationId));
        SyncAttempt attempt = attempts.add(new SyncAttempt(configurationId, trigger, Instant.now()));
        return new Started(attempt.getId(), SyncPlan.of(configuration));
    }

    public void succeeded(long attemptId, SyncCounts counts, String summary) {
        attempts.findById(attemptId).orElseThrow().succeeded(counts, summary, Instant.now());
    }

    public void failed(long attemptId, SyncCounts counts, String reason) {
        attempts.findById(attemptId).orElseThrow().failed(counts, reason, Instant.now());
    }

    public void certificateSeen(long configurationId, CertificateObservation certificate) {
        configurations.findById(configurationId).ifPresent(configuration -> configuration.recordCertificate(
                certificate.status(), certificate.detail(), certificate.expiresAt(), Instant.now()));
    }

    public record Started(long attemptId, SyncPlan plan) {
    }
}
