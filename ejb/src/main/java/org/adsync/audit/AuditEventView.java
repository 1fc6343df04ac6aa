package org.adsync.audit;

import java.time.Instant;

/** One audited action as the console and the API show it. */
public record AuditEventView(long id, Instant occurredAt, String actor, AuditChannel channel, String tokenName,
                             String clientAddress, AuditKind kind, Long organizationId, String organizationName,
                             Long configurationId, String subject, String details) {
}
