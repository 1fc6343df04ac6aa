package org.adsync.audit;

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
import java.util.Objects;

/**
 * One audited action. The organization's and sync's names are copied, not referenced: the record of who removed a
 * sync must outlive the sync.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    static final int MAX_DETAILS_LENGTH = 4000;
    static final int MAX_NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    /** The single sign-on provider's issuer and subject of the actor, which outlive their name. */
    @Column(name = "actor_issuer", length = 1024, updatable = false)
    private String actorIssuer;

    @Column(name = "actor_subject", length = 255, updatable = false)
    private String actorSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AuditChannel channel;

    @Column(name = "token_name", length = 100, updatable = false)
    private String tokenName;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private AuditKind kind;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Column(name = "organization_name", length = MAX_NAME_LENGTH, updatable = false)
    private String organizationName;

    @Column(name = "configuration_id", updatable = false)
    private Long configurationId;

    /** What the action was about besides the sync: a directory user, a token. */
    @Column(length = MAX_NAME_LENGTH, updatable = false)
    private String subject;

    @Column(length = MAX_DETAILS_LENGTH, updatable = false)
    private String details;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(Instant occurredAt, AuditActor actor, AuditKind kind, AuditTarget target, String subject,
               String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = cut(actor.username(), 100);
        this.actorIssuer = cut(actor.issuer(), 1024);
        this.actorSubject = cut(actor.subject(), 255);
        this.channel = actor.channel();
        this.tokenName = cut(actor.tokenName(), 100);
        this.clientAddress = cut(actor.clientAddress(), 64);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.organizationId = target.organizationId();
        this.organizationName = cut(target.organizationName(), MAX_NAME_LENGTH);
        this.configurationId = target.configurationId();
        this.subject = cut(subject, MAX_NAME_LENGTH);
        this.details = cut(details, MAX_DETAILS_LENGTH);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public AuditEventView view() {
        return new AuditEventView(id, occurredAt, actor, actorIssuer, actorSubject, channel, tokenName, clientAddress,
                kind, organizationId, organizationName, configurationId, subject, details);
    }
}
