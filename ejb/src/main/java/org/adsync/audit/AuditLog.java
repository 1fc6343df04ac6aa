package org.adsync.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Records audited actions, in the transaction of the action (an action that rolls back leaves no record), by
 * whoever the current request's {@link AuditActor} is; and reads them back a page at a time. The services call it;
 * nothing here ever receives a secret, only the words that say one changed.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    public static final int MAX_PAGE = 500;

    @Inject
    AuditRepository events;

    @Inject
    Instance<AuditActor> actor;

    public void record(AuditKind kind, AuditTarget target, String subject, String details) {
        events.add(new AuditEvent(Instant.now(), currentActor(), kind, target, subject, details));
    }

    /** A refused request, in a transaction of its own: the refusal rolls back the request's own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(AuditKind kind, AuditTarget target, String subject, String details) {
        record(kind, target, subject, details);
    }

    /** A sign-in, by the one who tried (nobody is signed in yet), in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSignIn(AuditKind kind, AuditActor who, String details) {
        events.add(new AuditEvent(Instant.now(), who, kind, AuditTarget.NONE, null, details));
    }

    public List<AuditEventView> find(AuditQuery query, int first, int max) {
        return events.find(query, Math.max(0, first), Math.max(1, Math.min(MAX_PAGE, max))).stream()
                .map(AuditEvent::view).toList();
    }

    public long count(AuditQuery query) {
        return events.count(query);
    }

    private AuditActor currentActor() {
        try {
            AuditActor current = actor.get();
            current.username(); // touches the proxy: outside any request there is no actor but the schedule
            return current;
        } catch (ContextNotActiveException e) {
            return new AuditActor();
        }
    }
}
