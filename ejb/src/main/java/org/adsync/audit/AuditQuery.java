package org.adsync.audit;

import java.time.Instant;

/**
 * What the Audit page and {@code GET /audit} filter by; null leaves a criterion out. {@code actor} is a user's name
 * (any case); {@code actorSubject} the single sign-on provider's subject of one person, whatever they were called.
 */
public record AuditQuery(Long organizationId, String actor, String actorSubject, AuditKind kind, Instant from,
                         Instant to) {
}
