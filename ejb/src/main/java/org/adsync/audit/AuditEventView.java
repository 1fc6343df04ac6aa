package org.adsync.audit;

import java.time.Instant;

/**
 * One audited action as the console and the API show it; {@code actorIssuer} and {@code actorSubject} name a user of
 * the single sign-on provider whatever their name was (null for everyone else).
 */
public record AuditEventView(long id, Instant occurredAt, String actor, String actorIssuer, String actorSubject,
                             AuditChannel channel, String tokenName,
                             String clientAddress, AuditKind kind, Long organizationId, String organizationName,
                             Long configurationId, String subject, String details) {
}
