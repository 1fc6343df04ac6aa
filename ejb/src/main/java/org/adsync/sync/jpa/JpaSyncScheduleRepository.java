package org.adsync.sync.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.adsync.sync.ScheduleState;
import org.adsync.sync.SyncOperatingState;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncSchedule;
import org.adsync.sync.SyncScheduleRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaSyncScheduleRepository implements SyncScheduleRepository {

    /** A configuration, its organization's name, its last attempt's start and its next sync. */
    private static final String STATES = "select c.id, o.name, c.enabled, c.syncIntervalSeconds, "
            + "(select max(a.startedAt) from SyncAttempt a where a.configurationId = c.id "
            + "and a.trigger <> org.adsync.sync.SyncTrigger.PREVIEW), s.nextSyncAt "
            + "from SyncConfiguration c join c.organization o left join SyncSchedule s on s.configurationId = c.id";

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public Optional<SyncSchedule> find(long configurationId) {
        return Optional.ofNullable(em.find(SyncSchedule.class, configurationId));
    }

    @Override
    public Optional<ScheduleState> state(long configurationId) {
        return em.createQuery(STATES + " where c.id = :c", Object[].class).setParameter("c", configurationId)
                .getResultStream().findFirst().map(JpaSyncScheduleRepository::stateOf);
    }

    @Override
    public List<ScheduleState> states() {
        return em.createQuery(STATES, Object[].class).getResultStream().map(JpaSyncScheduleRepository::stateOf)
                .toList();
    }

    private static ScheduleState stateOf(Object[] row) {
        return new ScheduleState((Long) row[0], (String) row[1], (Boolean) row[2],
                Duration.ofSeconds((Integer) row[3]), (Instant) row[4], (Instant) row[5]);
    }

    @Override
    public void add(SyncSchedule schedule) {
        em.persist(schedule);
    }

    @Override
    public void remove(long configurationId) {
        em.createQuery("delete from SyncSchedule s where s.configurationId = :c")
                .setParameter("c", configurationId).executeUpdate();
    }

    @Override
    public boolean takeLease(long configurationId, String holder, Instant now, Instant expiresAt) {
        return em.createQuery("update SyncSchedule s set s.leaseHolder = :holder, s.leaseExpiresAt = :expires, "
                        + "s.runningSince = :now, s.runningAttemptId = null where s.configurationId = :c "
                        + "and (s.leaseExpiresAt is null or s.leaseExpiresAt <= :now)")
                .setParameter("holder", holder).setParameter("expires", expiresAt).setParameter("now", now)
                .setParameter("c", configurationId).executeUpdate() == 1;
    }

    @Override
    public boolean renewLease(long configurationId, String holder, Instant expiresAt) {
        return em.createQuery("update SyncSchedule s set s.leaseExpiresAt = :expires "
                        + "where s.configurationId = :c and s.leaseHolder = :holder")
                .setParameter("expires", expiresAt).setParameter("c", configurationId)
                .setParameter("holder", holder).executeUpdate() == 1;
    }

    @Override
    public Optional<Instant> runningSince(long configurationId, Instant now) {
        return em.createQuery("select s.runningSince from SyncSchedule s where s.configurationId = :c "
                        + "and s.leaseExpiresAt > :now", Instant.class)
                .setParameter("c", configurationId).setParameter("now", now).getResultStream().findFirst();
    }

    @Override
    public Optional<SyncSchedule> lockAgainstNewRuns(long configurationId) {
        return Optional.ofNullable(em.find(SyncSchedule.class, configurationId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void runningAttempt(long configurationId, String holder, long attemptId) {
        em.createQuery("update SyncSchedule s set s.runningAttemptId = :attempt "
                        + "where s.configurationId = :c and s.leaseHolder = :holder")
                .setParameter("attempt", attemptId).setParameter("c", configurationId)
                .setParameter("holder", holder).executeUpdate();
    }

    @Override
    public void releaseLease(long configurationId, String holder) {
        em.createQuery("update SyncSchedule s set s.leaseHolder = null, s.leaseExpiresAt = null, "
                        + "s.runningSince = null, s.runningAttemptId = null "
                        + "where s.configurationId = :c and s.leaseHolder = :holder")
                .setParameter("c", configurationId).setParameter("holder", holder).executeUpdate();
    }

    @Override
    public void recordSyncEnded(long configurationId, SyncOutcome outcome, Instant at) {
        String set = switch (outcome) {
            case SUCCEEDED -> "s.lastSucceededAt = :at, s.failuresInARow = 0";
            case FAILED -> "s.failuresInARow = s.failuresInARow + 1";
            case HELD -> "s.failuresInARow = 0";
            case RUNNING -> throw new IllegalArgumentException("A sync that runs has not ended");
        };
        var update = em.createQuery("update SyncSchedule s set " + set + " where s.configurationId = :c")
                .setParameter("c", configurationId);
        if (outcome == SyncOutcome.SUCCEEDED) {
            update.setParameter("at", at);
        }
        update.executeUpdate();
    }

    @Override
    public Map<Long, SyncSchedule> all() {
        return em.createQuery("select s from SyncSchedule s", SyncSchedule.class).getResultStream()
                .collect(Collectors.toMap(SyncSchedule::getConfigurationId, s -> s));
    }

    @Override
    public List<SyncOperatingState> operatingStates(Instant now) {
        return em.createQuery("select c.id, o.id, o.name, c.enabled, s.lastSucceededAt, s.failuresInARow, "
                        + "c.conflicts, "
                        + "case when s.leaseExpiresAt > :now then true else false end "
                        + "from SyncConfiguration c join c.organization o join SyncSchedule s "
                        + "on s.configurationId = c.id", Object[].class)
                .setParameter("now", now).getResultStream()
                .map(row -> new SyncOperatingState((Long) row[0], (Long) row[1], (String) row[2], (Boolean) row[3],
                        (Instant) row[4], (Integer) row[5], (Integer) row[6], (Boolean) row[7]))
                .toList();
    }
}
