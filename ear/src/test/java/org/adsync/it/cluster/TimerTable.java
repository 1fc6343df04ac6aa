package org.adsync.it.cluster;

import org.adsync.it.install.Processes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database timer store as it is, read with psql: WildFly keeps each timer as a row of jboss_ejb_timer, its info
 * (adsync's "AD Sync of ... (configuration N)") serialized in a column.
 */
final class TimerTable {

    private static final Pattern CONFIGURATION = Pattern.compile("\\(configuration (\\d+)\\)");
    private static final String SYNC_TIMERS = "FROM jboss_ejb_timer WHERE partition_name = 'adsync' "
            + "AND timed_object_id LIKE '%SyncTimers'";

    private TimerTable() {
    }

    /** How many timers each sync has in the store. */
    static Map<Long, Integer> timersBySync(String schema) throws IOException, InterruptedException {
        Map<Long, Integer> timers = new TreeMap<>();
        for (String info : psql(schema, "SELECT info " + SYNC_TIMERS).lines().filter(l -> !l.isBlank()).toList()) {
            Matcher configuration = CONFIGURATION.matcher(readable(info.strip()));
            if (!configuration.find()) {
                throw new AssertionError("A sync timer whose info names no configuration: " + info);
            }
            timers.merge(Long.parseLong(configuration.group(1)), 1, Integer::sum);
        }
        return timers;
    }

    static void deleteAll(String schema) throws IOException, InterruptedException {
        psql(schema, "DELETE " + SYNC_TIMERS + " RETURNING id");
    }

    /** The serialized info's text: the column is bytea (psql shows hex) or Base64 text, depending on the store. */
    private static String readable(String column) {
        byte[] bytes;
        if (column.startsWith("\\x")) {
            bytes = HexFormat.of().parseHex(column.substring(2));
        } else {
            try {
                bytes = Base64.getDecoder().decode(column);
            } catch (IllegalArgumentException plainText) {
                return column;
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String psql(String schema, String sql) throws IOException, InterruptedException {
        ProcessBuilder psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-At",
                "-v", "ON_ERROR_STOP=1", "-c", sql);
        psql.environment().put("PGOPTIONS", "--search_path=" + schema);
        return Processes.run(psql, Duration.ofMinutes(1));
    }
}
