package org.adsync.sync.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.adsync.sync.ContactChange;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.ContactChangeRepository;
import org.adsync.sync.ContactChangeRepository.HistoryRow;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncTrigger;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
class JpaContactChangeRepository implements ContactChangeRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public List<ContactChange> ofAttempt(long attemptId, ContactChangeKind kind, int first, int max) {
        return withKind(em.createQuery("select c from ContactChange c where c.attemptId = :a"
                        + (kind == null ? "" : " and c.kind = :kind") + " order by c.id", ContactChange.class),
                kind).setParameter("a", attemptId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(long attemptId, ContactChangeKind kind) {
        return withKind(em.createQuery("select count(c) from ContactChange c where c.attemptId = :a"
                + (kind == null ? "" : " and c.kind = :kind"), Long.class), kind)
                .setParameter("a", attemptId).getSingleResult();
    }

    @Override
    public Set<Long> contactsChanged(long attemptId, ContactChangeKind kind) {
        return new HashSet<>(em.createQuery("select c.contactId from ContactChange c where c.attemptId = :a "
                        + "and c.kind = :kind and c.contactId is not null", Long.class)
                .setParameter("a", attemptId).setParameter("kind", kind).getResultList());
    }

    @Override
    public Set<Long> contactsChanged(long attemptId, ContactChangeKind kind, Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.contactId from ContactChange c where c.attemptId = :a "
                        + "and c.kind = :kind and c.contactId in :contacts", Long.class)
                .setParameter("a", attemptId).setParameter("kind", kind).setParameter("contacts", contactIds)
                .getResultList());
    }

    @Override
    public List<HistoryRow> ofContact(long contactId, int max) {
        return em.createQuery("select c, a.configurationId, a.trigger from ContactChange c, SyncAttempt a "
                        + "where c.contactId = :contact and a.id = c.attemptId and a.trigger <> :preview "
                        + "and a.outcome <> :held order by c.id desc", Object[].class)
                .setParameter("contact", contactId).setParameter("preview", SyncTrigger.PREVIEW)
                .setParameter("held", SyncOutcome.HELD).setMaxResults(max).getResultList().stream()
                .map(row -> new HistoryRow((ContactChange) row[0], (Long) row[1], (SyncTrigger) row[2])).toList();
    }

    private static <T> TypedQuery<T> withKind(TypedQuery<T> query, ContactChangeKind kind) {
        return kind == null ? query : query.setParameter("kind", kind);
    }
}
