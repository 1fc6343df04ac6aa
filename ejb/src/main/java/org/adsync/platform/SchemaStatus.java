package org.adsync.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;

/** The database schema's version against the one this build of adsync expects, read from the database now. */
@ApplicationScoped
public class SchemaStatus {

    @Resource(lookup = "java:jboss/datasources/AdsyncDS")
    DataSource dataSource;

    /** Throws what the driver throws when the database does not answer. */
    public Versions read() {
        MigrationInfoService info = SchemaMigration.flyway(dataSource).info();
        MigrationInfo current = info.current();
        String expected = Arrays.stream(info.all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null).max(Comparator.naturalOrder()).map(Object::toString).orElse("none");
        return new Versions(current == null ? "none" : current.getVersion().toString(), expected,
                info.pending().length);
    }

    /** The version the schema is at, the newest this build has, and how many migrations are still to run. */
    public record Versions(String current, String expected, int pending) {

        public boolean upToDate() {
            return pending == 0 && current.equals(expected);
        }
    }
}
