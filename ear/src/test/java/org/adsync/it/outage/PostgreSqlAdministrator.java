package org.adsync.it.outage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Does to the test database what a PostgreSQL restart, a failover or a network cut does to adsync: through the
 * maintenance database, as PostgreSQL's administrator, it terminates every connection to the test database (as
 * {@code pg_terminate_backend} does when the server shuts down) and, for an outage, refuses new ones until told
 * otherwise. The settings come from the PostgreSQL run's system properties (ear/pom.xml).
 */
final class PostgreSqlAdministrator {

    private final String url = System.getProperty("adsync.it.postgresql.admin-url");
    private final String user = System.getProperty("adsync.it.postgresql.user", "postgres");
    private final String database = System.getProperty("adsync.it.postgresql.database", "test");

    /** Whether this run has a PostgreSQL to cut (the PostgreSQL run sets its address). */
    boolean available() {
        return url != null;
    }

    /** Terminates every connection to the test database; answers how many there were. */
    int terminateConnections() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url, user, ""); Statement sql = admin.createStatement()) {
            var terminated = sql.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    + "WHERE datname = '" + database + "' AND pid <> pg_backend_pid()");
            terminated.next();
            return terminated.getInt(1);
        }
    }

    /** From now on the test database takes no connection (as if unreachable), and has none. */
    void startOutage() throws SQLException {
        allowConnections(false);
        terminateConnections();
    }

    void endOutage() throws SQLException {
        allowConnections(true);
    }

    private void allowConnections(boolean allowed) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url, user, ""); Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE \"" + database + "\" WITH ALLOW_CONNECTIONS " + allowed);
        }
    }
}
