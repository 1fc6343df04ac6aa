package org.adsync.sync.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.adsync.sync.DirectoryUser;
import org.adsync.sync.DirectoryUserFilter;
import org.adsync.sync.DirectoryUserRepository;
import org.adsync.sync.DirectoryUserRepository.KnownUser;
import org.adsync.sync.DirectoryUserSort;
import org.adsync.sync.DirectoryUserState;
import org.adsync.sync.MappedUser;
import org.adsync.sync.ScopeFacts;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class JpaDirectoryUserRepository implements DirectoryUserRepository {

    /** Users that take part in matching: seen in scope, enabled, not ignored. */
    private static final String ELIGIBLE = "u.configurationId = :c and u.inScope = true and u.disabled = false "
            + "and u.ignored = false";

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public Optional<DirectoryUser> findById(long id) {
        return Optional.ofNullable(em.find(DirectoryUser.class, id));
    }

    @Override
    public Map<String, DirectoryUser> findByAnchors(long configurationId, Collection<String> anchors) {
        Map<String, DirectoryUser> found = new HashMap<>();
        if (anchors.isEmpty()) {
            return found;
        }
        em.createQuery("select u from DirectoryUser u where u.configurationId = :c and u.anchor in :anchors",
                        DirectoryUser.class)
                .setParameter("c", configurationId).setParameter("anchors", anchors)
                .getResultList().forEach(user -> found.put(user.getAnchor(), user));
        return found;
    }

    @Override
    public List<DirectoryUser> batchAfter(long configurationId, long afterId, int limit) {
        return em.createQuery("select u from DirectoryUser u left join fetch u.contact "
                        + "where u.configurationId = :c and u.id > :after "
                        + "order by u.configurationId, u.id", DirectoryUser.class)
                .setParameter("c", configurationId).setParameter("after", afterId).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> mayNeedWork(long configurationId, Instant usersChangedSince, Instant contactsEditedSince) {
        return em.createQuery("select u.id from DirectoryUser u left join u.contact c "
                        + "where u.configurationId = :c and (u.state in :unsettled or u.dataProblem is not null "
                        + "or u.changedAt >= :usersSince or c.updatedAt >= :contactsSince) "
                        + "order by u.configurationId, u.id", Long.class)
                .setParameter("c", configurationId)
                .setParameter("unsettled", List.of(DirectoryUserState.UNMAPPED, DirectoryUserState.CONFLICT,
                        DirectoryUserState.INVALID))
                .setParameter("usersSince", usersChangedSince).setParameter("contactsSince", contactsEditedSince)
                .getResultList();
    }

    @Override
    public List<DirectoryUser> withIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select u from DirectoryUser u left join fetch u.contact "
                        + "where u.id in :ids order by u.id", DirectoryUser.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<DirectoryUser> departedAmong(List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select u from DirectoryUser u join fetch u.contact "
                        + "where u.id in :ids and (u.inScope = false or u.disabled = true) order by u.id",
                        DirectoryUser.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<DirectoryUser> unmappedAfter(long configurationId, long afterId, int limit, boolean disabled) {
        return em.createQuery("select u from DirectoryUser u where u.configurationId = :c and u.inScope = true "
                        + "and u.disabled = :disabled and u.ignored = false and u.contact is null "
                        + "and u.dataProblem is null and u.state <> :created and u.id > :after "
                        + "order by u.configurationId, u.id", DirectoryUser.class)
                .setParameter("c", configurationId).setParameter("disabled", disabled)
                .setParameter("created", DirectoryUserState.SYNCED).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<DirectoryUser> departedAfter(long configurationId, long afterId, int limit) {
        return em.createQuery("select u from DirectoryUser u join fetch u.contact where u.configurationId = :c "
                        + "and (u.inScope = false or u.disabled = true) and u.id > :after "
                        + "order by u.configurationId, u.id", DirectoryUser.class)
                .setParameter("c", configurationId).setParameter("after", afterId).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long syncedContacts(long configurationId) {
        return em.createQuery("select count(u) from DirectoryUser u where u.configurationId = :c "
                        + "and u.contact.active = true", Long.class)
                .setParameter("c", configurationId).getSingleResult();
    }

    @Override
    public long deactivationsDue(long configurationId) {
        return em.createQuery("select count(u) from DirectoryUser u where u.configurationId = :c "
                        + "and u.contact.active = true and (u.inScope = false or u.disabled = true)", Long.class)
                .setParameter("c", configurationId).getSingleResult();
    }

    @Override
    public Optional<DirectoryUser> mappedTo(long configurationId, long contactId) {
        return em.createQuery("select u from DirectoryUser u where u.configurationId = :c "
                        + "and u.contact.id = :contact", DirectoryUser.class)
                .setParameter("c", configurationId).setParameter("contact", contactId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Set<String> emailKeysInScope(long configurationId, Collection<String> emailKeys) {
        if (emailKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct u.attributes.emailKey from DirectoryUser u where "
                        + ELIGIBLE + " and u.attributes.emailKey in :keys", String.class)
                .setParameter("c", configurationId).setParameter("keys", emailKeys).getResultList());
    }

    @Override
    public Optional<String> otherUserWithEmail(long configurationId, String emailKey, long exceptUserId) {
        return em.createQuery("select coalesce(u.attributes.displayName, u.anchor) from DirectoryUser u where "
                        + ELIGIBLE + " and u.attributes.emailKey = :email and u.id <> :except order by u.id",
                        String.class)
                .setParameter("c", configurationId).setParameter("email", emailKey)
                .setParameter("except", exceptUserId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Set<String> disabledInScope(long configurationId) {
        return new HashSet<>(em.createQuery("select u.anchor from DirectoryUser u where u.configurationId = :c "
                        + "and u.inScope = true and u.disabled = true", String.class)
                .setParameter("c", configurationId).getResultList());
    }

    @Override
    public List<KnownUser> knownAfter(long configurationId, long afterId, int limit) {
        return em.createQuery("select u.id, u.anchor, u.fingerprint, u.inScope from DirectoryUser u "
                        + "where u.configurationId = :c and u.id > :after "
                        + "order by u.configurationId, u.id", Object[].class)
                .setParameter("c", configurationId).setParameter("after", afterId).setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new KnownUser((Long) row[0], (String) row[1], (Long) row[2], (Boolean) row[3])).toList();
    }

    @Override
    public List<Map.Entry<Long, String>> inScopeAfter(long configurationId, long afterId, int limit) {
        return em.createQuery("select u.id, u.anchor from DirectoryUser u where u.configurationId = :c "
                        + "and u.inScope = true and u.id > :after "
                        + "order by u.configurationId, u.id", Object[].class)
                .setParameter("c", configurationId).setParameter("after", afterId).setMaxResults(limit)
                .getResultList().stream()
                .map(row -> Map.entry((Long) row[0], (String) row[1])).toList();
    }

    @Override
    public void markLeftScope(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            em.createQuery("update DirectoryUser u set u.inScope = false, u.changedAt = :now, "
                            + "u.version = u.version + 1 where u.id in :ids")
                    .setParameter("now", now).setParameter("ids", ids).executeUpdate();
        }
    }

    @Override
    public ScopeFacts scopeFacts(long configurationId, boolean disabled) {
        return new ScopeFacts(duplicates("u.attributes.emailKey", configurationId, disabled, null),
                duplicates("u.attributes.nameKey", configurationId, disabled, null));
    }

    @Override
    public ScopeFacts scopeFactsAmong(long configurationId, boolean disabled, Collection<String> emailKeys,
                                      Collection<String> nameKeys) {
        return new ScopeFacts(duplicates("u.attributes.emailKey", configurationId, disabled, emailKeys),
                duplicates("u.attributes.nameKey", configurationId, disabled, nameKeys));
    }

    /** The keys more than one user in scope has; among those given, or among all when {@code among} is null. */
    private Set<String> duplicates(String key, long configurationId, boolean disabled, Collection<String> among) {
        if (among != null && among.isEmpty()) {
            return Set.of();
        }
        TypedQuery<String> query = em.createQuery("select " + key + " from DirectoryUser u "
                        + "where u.configurationId = :c and u.inScope = true and u.disabled = :disabled "
                        + "and u.ignored = false and " + key + (among == null ? " is not null" : " in :keys")
                        + " group by " + key + " having count(u) > 1", String.class)
                .setParameter("c", configurationId).setParameter("disabled", disabled);
        if (among != null) {
            query.setParameter("keys", among);
        }
        return new HashSet<>(query.getResultList());
    }

    @Override
    public Map<Long, MappedUser> usersMappedTo(long configurationId, Collection<Long> contactIds) {
        Map<Long, MappedUser> mapped = new HashMap<>();
        if (contactIds.isEmpty()) {
            return mapped;
        }
        List<Object[]> rows = em.createQuery("select u.contact.id, u.attributes.displayName, u.anchor, "
                        + "(case when u.inScope = true and u.disabled = false then true else false end), "
                        + "u.inScope, u.attributes.emailKey "
                        + "from DirectoryUser u where u.configurationId = :c and u.contact.id in :contacts",
                        Object[].class)
                .setParameter("c", configurationId).setParameter("contacts", contactIds).getResultList();
        for (Object[] row : rows) {
            mapped.put((Long) row[0], new MappedUser(row[1] != null ? (String) row[1] : (String) row[2],
                    Boolean.TRUE.equals(row[3]), Boolean.TRUE.equals(row[4]), (String) row[5]));
        }
        return mapped;
    }

    @Override
    public List<DirectoryUser> find(long configurationId, DirectoryUserFilter filter, DirectoryUserSort sort,
                                    boolean descending, int first, int max) {
        String direction = descending ? " desc" : " asc";
        String order = switch (sort) {
            case NAME -> "lower(u.attributes.lastName)" + direction + ", lower(u.attributes.firstName)" + direction;
            case EMAIL -> "lower(u.attributes.email)" + direction;
            case USER_PRINCIPAL_NAME -> "lower(u.attributes.userPrincipalName)" + direction;
            case STATUS -> "u.state" + direction;
            case CHANGED -> "u.changedAt" + direction;
        };
        TypedQuery<DirectoryUser> query = em.createQuery("select u from DirectoryUser u left join fetch u.contact "
                        + "where u.configurationId = :c" + where(filter) + " order by " + order + " nulls last, u.id",
                DirectoryUser.class).setParameter("c", configurationId);
        return bound(query, filter).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(long configurationId, DirectoryUserFilter filter) {
        return bound(em.createQuery("select count(u) from DirectoryUser u where u.configurationId = :c"
                + where(filter), Long.class).setParameter("c", configurationId), filter).getSingleResult();
    }

    private static String where(DirectoryUserFilter filter) {
        return (filter.state() == null ? "" : " and u.state = :state")
                + (filter.withErrors() ? " and u.dataProblem is not null" : "");
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, DirectoryUserFilter filter) {
        return filter.state() == null ? query : query.setParameter("state", filter.state());
    }

    @Override
    public Map<DirectoryUserState, Long> countsByState(long configurationId) {
        Map<DirectoryUserState, Long> counts = new EnumMap<>(DirectoryUserState.class);
        for (DirectoryUserState state : DirectoryUserState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select u.state, count(u) from DirectoryUser u where u.configurationId = :c group by u.state",
                        Object[].class)
                .setParameter("c", configurationId).getResultList()
                .forEach(row -> counts.put((DirectoryUserState) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public boolean anyMapped(long configurationId) {
        return !em.createQuery("select u.id from DirectoryUser u where u.configurationId = :c "
                        + "and u.contact is not null and u.inScope = true", Long.class)
                .setParameter("c", configurationId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public DirectoryUser add(DirectoryUser user) {
        em.persist(user);
        return user;
    }

    @Override
    public int removeAll(long configurationId) {
        return em.createQuery("delete from DirectoryUser u where u.configurationId = :c")
                .setParameter("c", configurationId).executeUpdate();
    }
}
