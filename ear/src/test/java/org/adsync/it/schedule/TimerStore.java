package org.adsync.it.schedule;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Looks into the server's timer store from the inside: the PostgreSQL server keeps timers in the application
 * database (wildfly-config/configure-timer-store-database.cli), the H2 one in WildFly's default file store.
 */
@ApplicationScoped
public class TimerStore {

    @Resource(lookup = "java:jboss/datasources/AdsyncDS")
    DataSource dataSource;

    String kind() {
        return System.getProperty("adsync.it.timer-store", "file");
    }

    /** How many timers of adsync's sync timer bean the store holds. */
    long syncTimers() throws SQLException, IOException {
        return "database".equals(kind()) ? inDatabase() : inFiles();
    }

    private long inDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM jboss_ejb_timer "
                     + "WHERE partition_name = 'adsync' AND timed_object_id LIKE '%SyncTimers'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private long inFiles() throws IOException {
        Path store = Path.of(System.getProperty("jboss.server.data.dir"), "timer-service-data");
        if (!Files.isDirectory(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getParent().getFileName().toString().endsWith("SyncTimers")).count();
        }
    }
}
