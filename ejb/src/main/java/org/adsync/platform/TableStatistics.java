package org.adsync.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings PostgreSQL's statistics of a table up to date after a bulk change. A sync that adds 100,000 directory users
 * to a table the planner believes empty (never analyzed, or analyzed before) gets plans that scan the whole table
 * for every batch and every update by id: the sync after a preview took seconds per batch. ANALYZE samples the
 * table in a fraction of a second and makes the planner plan again; autovacuum would, but only up to a minute
 * later, and not at all where it is switched off. H2 plans from its indexes and needs nothing.
 */
@ApplicationScoped
public class TableStatistics {

    private static final Logger LOG = Logger.getLogger(TableStatistics.class.getName());
    private static final Set<String> TABLES = Set.of("directory_user", "contact");

    @PersistenceContext(unitName = "adsync")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/AdsyncDS")
    DataSource dataSource;

    private volatile Boolean postgreSql;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("Not a table adsync analyzes: " + table);
        }
        if (isPostgreSql()) {
            em.createNativeQuery("ANALYZE " + table).executeUpdate();
        }
    }

    private boolean isPostgreSql() {
        if (postgreSql == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgreSql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Could not tell the database's kind; its statistics are left to it", e);
                return false;
            }
        }
        return postgreSql;
    }
}
