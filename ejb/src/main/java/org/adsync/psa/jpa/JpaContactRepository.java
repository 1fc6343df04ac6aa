package org.adsync.psa.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.adsync.psa.Contact;
import org.adsync.psa.ContactKey;
import org.adsync.psa.ContactQuery;
import org.adsync.psa.ContactRepository;
import org.adsync.psa.ContactTotals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class JpaContactRepository implements ContactRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public Optional<Contact> findById(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    @Override
    public List<Contact> find(ContactQuery query, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Contact> cq = cb.createQuery(Contact.class);
        Root<Contact> contact = cq.from(Contact.class);
        contact.fetch("organization");
        contact.fetch("billingProduct", JoinType.LEFT);
        cq.where(conditions(query, cb, contact));
        Expression<?> sortKey = sortKey(query.sortField(), cb, contact);
        Order order = query.descending() ? cb.desc(sortKey) : cb.asc(sortKey);
        cq.orderBy(order, cb.asc(contact.get("id")));
        return em.createQuery(cq).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ContactQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Contact> contact = cq.from(Contact.class);
        cq.select(cb.count(contact)).where(conditions(query, cb, contact));
        return em.createQuery(cq).getSingleResult();
    }

    @Override
    public Map<Long, ContactTotals> countsByOrganization() {
        List<Object[]> rows = em.createQuery(
                "select c.organization.id, count(c), sum(case when c.active = true then 1 else 0 end) "
                        + "from Contact c group by c.organization.id", Object[].class).getResultList();
        Map<Long, ContactTotals> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((Long) row[0], new ContactTotals(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }

    @Override
    public List<ContactKey> keysAfter(long organizationId, long afterId, int limit) {
        return em.createQuery("select c.id, c.emailKey, c.nameKey from Contact c where c.organization.id = :o "
                        + "and c.id > :after order by c.organization.id, c.id", Object[].class)
                .setParameter("o", organizationId).setParameter("after", afterId).setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new ContactKey((Long) row[0], (String) row[1], (String) row[2])).toList();
    }

    @Override
    public List<Contact> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Contact c where c.id in :ids", Contact.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Contact add(Contact contact) {
        em.persist(contact);
        return contact;
    }

    private static Predicate[] conditions(ContactQuery query, CriteriaBuilder cb, Root<Contact> contact) {
        List<Predicate> conditions = new ArrayList<>();
        if (query.organizationId() != null) {
            conditions.add(cb.equal(contact.get("organization").get("id"), query.organizationId()));
        }
        if (query.activeOnly()) {
            conditions.add(cb.isTrue(contact.get("active")));
        }
        if (query.hasText()) {
            // A literal pattern: the user's % and _ are searched for, not interpreted.
            String pattern = "%" + query.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add(cb.or(
                    cb.like(cb.lower(contact.get("name").get("first")), pattern, '\\'),
                    cb.like(cb.lower(contact.get("name").get("last")), pattern, '\\'),
                    cb.like(contact.get("emailKey"), pattern, '\\')));
        }
        return conditions.toArray(Predicate[]::new);
    }

    private static Expression<?> sortKey(ContactQuery.SortField field, CriteriaBuilder cb, Root<Contact> contact) {
        return switch (field) {
            case FIRST_NAME -> cb.lower(contact.get("name").get("first"));
            case LAST_NAME -> cb.lower(contact.get("name").get("last"));
            case EMAIL -> contact.get("emailKey");
            case ORGANIZATION -> cb.lower(contact.get("organization").get("name"));
            case UPDATED -> contact.get("updatedAt");
        };
    }
}
