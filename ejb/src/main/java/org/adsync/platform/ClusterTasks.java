package org.adsync.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Work that one server of a cluster does at a time: the caller's transaction locks the task's row in the shared
 * database, so a second server doing the same task waits for the first to commit and then sees what it did.
 */
@ApplicationScoped
public class ClusterTasks {

    /** The check at startup that every enabled sync has exactly one timer. */
    public static final String TIMER_CHECK = "timer-check";

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    /**
     * Waits until no other server holds the task, then holds it until the caller's transaction ends, and records
     * that this server ran it.
     */
    public void holdUntilCommit(String task, String server) {
        em.createNativeQuery("SELECT name FROM cluster_task WHERE name = ?1 FOR UPDATE").setParameter(1, task)
                .getResultList();
        em.createNativeQuery("UPDATE cluster_task SET last_run_by = ?1, last_run_at = ?2 WHERE name = ?3")
                .setParameter(1, server).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, task)
                .executeUpdate();
    }
}
