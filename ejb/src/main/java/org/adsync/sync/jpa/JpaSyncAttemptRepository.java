package org.adsync.sync.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.adsync.sync.SyncAttempt;
import org.adsync.sync.SyncAttemptRepository;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncTrigger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class JpaSyncAttemptRepository implements SyncAttemptRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public Optional<SyncAttempt> findById(long id) {
        return Optional.ofNullable(em.find(SyncAttempt.class, id));
    }

    @Override
    public Optional<SyncAttempt> lastSucceeded(long configurationId) {
        return em.createQuery("select a from SyncAttempt a where a.configurationId = :c and a.trigger <> :preview "
                        + "and a.outcome = :succeeded order by a.startedAt desc, a.id desc", SyncAttempt.class)
                .setParameter("c", configurationId).setParameter("preview", SyncTrigger.PREVIEW)
                .setParameter("succeeded", SyncOutcome.SUCCEEDED).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Map<Long, List<SyncAttempt>> latestOf(Collection<Long> configurationIds, int max) {
        if (configurationIds.isEmpty()) {
            return Map.of();
        }
        // At most the kept history (100 by default) per configuration of one page; trimmed here rather than with a
        // window function, which JPQL lacks.
        Map<Long, List<SyncAttempt>> latest = new HashMap<>();
        em.createQuery("select a from SyncAttempt a where a.configurationId in :ids and a.trigger <> :preview "
                        + "order by a.configurationId, a.startedAt desc, a.id desc", SyncAttempt.class)
                .setParameter("ids", configurationIds).setParameter("preview", SyncTrigger.PREVIEW).getResultStream()
                .forEach(a -> {
                    List<SyncAttempt> ofConfiguration = latest.computeIfAbsent(a.getConfigurationId(),
                            id -> new ArrayList<>());
                    if (ofConfiguration.size() < max) {
                        ofConfiguration.add(a);
                    }
                });
        return latest;
    }

    @Override
    public List<SyncAttempt> latest(long configurationId, int max) {
        return em.createQuery("select a from SyncAttempt a where a.configurationId = :c and a.trigger <> :preview "
                        + "order by a.startedAt desc, a.id desc", SyncAttempt.class)
                .setParameter("c", configurationId).setParameter("preview", SyncTrigger.PREVIEW)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void removeAllButLatest(long configurationId, int keep) {
        List<SyncAttempt> oldestKept = em.createQuery("select a from SyncAttempt a where a.configurationId = :c "
                        + "order by a.startedAt desc, a.id desc", SyncAttempt.class)
                .setParameter("c", configurationId).setFirstResult(keep - 1).setMaxResults(1).getResultList();
        if (oldestKept.isEmpty()) {
            return;
        }
        SyncAttempt cut = oldestKept.get(0);
        em.createQuery("delete from SyncAttempt a where a.configurationId = :c and a.outcome <> :running "
                        + "and (a.startedAt < :at or (a.startedAt = :at and a.id < :id))")
                .setParameter("c", configurationId).setParameter("running", SyncOutcome.RUNNING)
                .setParameter("at", cut.getStartedAt()).setParameter("id", cut.getId()).executeUpdate();
    }

    @Override
    public SyncAttempt add(SyncAttempt attempt) {
        em.persist(attempt);
        return attempt;
    }
}
