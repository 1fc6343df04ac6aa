package org.adsync.audit.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.adsync.audit.AuditEvent;
import org.adsync.audit.AuditQuery;
import org.adsync.audit.AuditRepository;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> find(AuditQuery query, int first, int max) {
        return bound(em.createQuery("select e from AuditEvent e" + where(query)
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class), query)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        return bound(em.createQuery("select count(e) from AuditEvent e" + where(query), Long.class), query)
                .getSingleResult();
    }

    @Override
    public int removeBefore(Instant cutoff) {
        return em.createQuery("delete from AuditEvent e where e.occurredAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    private static String where(AuditQuery q) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (q.organizationId() != null) {
            where.append(" and e.organizationId = :organization");
        }
        if (q.actor() != null) {
            where.append(" and lower(e.actor) = :actor");
        }
        if (q.actorSubject() != null) {
            where.append(" and e.actorSubject = :subject");
        }
        if (q.kind() != null) {
            where.append(" and e.kind = :kind");
        }
        if (q.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (q.to() != null) {
            where.append(" and e.occurredAt < :to");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, AuditQuery q) {
        if (q.organizationId() != null) {
            query.setParameter("organization", q.organizationId());
        }
        if (q.actor() != null) {
            query.setParameter("actor", q.actor().strip().toLowerCase(Locale.ROOT));
        }
        if (q.actorSubject() != null) {
            query.setParameter("subject", q.actorSubject().strip());
        }
        if (q.kind() != null) {
            query.setParameter("kind", q.kind());
        }
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        return query;
    }
}
