package org.adsync.audit;

import java.time.Instant;

/** What the Audit page and {@code GET /audit} filter by; null leaves a criterion out. */
public record AuditQuery(Long organizationId, String actor, AuditKind kind, Instant from, Instant to) {
}
