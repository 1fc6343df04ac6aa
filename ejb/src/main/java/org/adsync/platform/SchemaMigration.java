package org.adsync.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database schema up to date at deployment, before any other startup bean touches it (they declare
 * {@code @DependsOn("SchemaMigration")}). The schema is owned by the versioned SQL scripts in db/migration.
 *
 * <p>Flyway was chosen over Liquibase because the migrations are plain SQL that an operator or a DBA can read and
 * run by hand, it needs one small library in the EAR, and it records what ran in a table of its own. Bean-managed
 * transactions let Flyway commit each migration itself, as it expects to.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/AdsyncDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now, on " + result.database + ")");
        restrictEmbeddedDatabaseFiles();
    }

    /** Flyway as adsync uses it: its migrations, its history table. */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new NameKeysMigration())
                .table("schema_history")
                // The EJB timer store may share the schema and create its table before the first migration runs:
                // a schema holding only that is treated as empty (baseline 0), so V1 and later still apply.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    private void restrictEmbeddedDatabaseFiles() {
        try (Connection connection = dataSource.getConnection()) {
            Optional<Path> directory = H2DataDirectory.of(connection.getMetaData().getURL());
            if (directory.isPresent() && H2DataDirectory.restrict(directory.get())) {
                LOG.info(() -> "Embedded database files in " + directory.get() + " made readable by their owner only");
            }
        } catch (SQLException | IOException e) {
            LOG.log(Level.WARNING, "Could not make the embedded database's files readable by their owner only; "
                    + "check the permissions of the server's data directory", e);
        }
    }
}
