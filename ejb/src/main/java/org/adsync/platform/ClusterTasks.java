package org.adsync.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Work that one server of a cluster does at a time: the caller's transaction locks the task's row in the shared
 * database, so a second server doing the same task waits for the first to commit, and then learns who did it last
 * and when.
 */
@ApplicationScoped
public class ClusterTasks {

    /** The check at startup that every enabled sync has exactly one timer. */
    public static final String TIMER_CHECK = "timer-check";

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    /** Waits until no other server holds the task, then holds it until the caller's transaction ends. */
    public LastRun hold(String task) {
        List<?> rows = em.createNativeQuery("SELECT last_run_by, last_run_at FROM cluster_task WHERE name = ?1 "
                + "FOR UPDATE").setParameter(1, task).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No cluster task " + task + " in the table cluster_task");
        }
        Object[] row = (Object[]) rows.get(0);
        return new LastRun((String) row[0], instant(row[1]));
    }

    /** Records that this server did the task, when the caller's transaction commits. */
    public void done(String task, String server, Instant at) {
        em.createNativeQuery("UPDATE cluster_task SET last_run_by = ?1, last_run_at = ?2 WHERE name = ?3")
                .setParameter(1, server).setParameter(2, Timestamp.from(at)).setParameter(3, task)
                .executeUpdate();
    }

    private static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return column instanceof Instant instant ? instant : null;
    }

    /** Which server did the task last, and when (both null: never). */
    public record LastRun(String server, Instant at) {

        /** Whether another server did it after that time. */
        public boolean byAnotherSince(String thisServer, Instant since) {
            return server != null && !server.equals(thisServer) && at != null && at.isAfter(since);
        }
    }
}
