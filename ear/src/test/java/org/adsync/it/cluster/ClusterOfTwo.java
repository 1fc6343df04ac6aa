package org.adsync.it.cluster;

import org.adsync.it.api.ApiClient;
import org.adsync.it.install.Processes;
import org.adsync.it.install.WildFly;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two WildFly servers from the same distribution on this machine, set up as docs/operations.md's "Running a cluster"
 * says: each its own base directory and port offset, both configured by the same wildfly-config scripts (the database
 * timer store and a node identifier of their own), both on one PostgreSQL schema, the same secret key file on both,
 * adsync.ear in both deployment folders. Test-only: timers created by the other server are looked for every 2 s
 * (production: 60 s), a run lease lasts {@link #LEASE} (production: 10 minutes), intervals may be seconds.
 */
final class ClusterOfTwo implements AutoCloseable {

    static final String SCHEMA = "adsync_cluster_it";
    static final String ADMIN = "cluster-admin";
    static final String ADMIN_PASSWORD = "cluster admin password 1";
    static final Duration LEASE = Duration.ofSeconds(15);
    private static final String[] SCRIPTS = {"configure-logging.cli", "configure-security.cli",
        "configure-secret-key.cli", "configure-datasource-postgresql.cli", "configure-timer-store-database.cli",
        "configure-health.cli", "configure-metrics.cli", "configure-cluster-node.cli"};

    private final Path jbossHome = Path.of(System.getProperty("jboss.home"));
    private final Path work = Path.of("target", "cluster-it").toAbsolutePath();
    private final List<Node> nodes = new ArrayList<>();

    /** One server of the pair. */
    record Node(String name, int portOffset, Path baseDir, WildFly server) {

        URI console() {
            return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/adsync/");
        }

        /** What the management interface answers at that path (health, metrics). */
        String managementGet(String path) throws IOException, InterruptedException {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + (9990 + portOffset) + "/" + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        ApiClient admin() {
            ApiClient anonymous = ApiClient.anonymous(console().resolve("api/"));
            ApiClient.Answer issued = anonymous.withPassword(ADMIN, ADMIN_PASSWORD).post("tokens",
                    "{\"name\": \"cluster test\", \"daysValid\": 1}");
            if (issued.status() != 201) {
                throw new IllegalStateException("No API token on " + name + ": " + issued);
            }
            return anonymous.withToken(issued.object().getString("token"));
        }

        String serverLog() throws IOException {
            return Files.readString(baseDir.resolve("log/server.log"));
        }
    }

    /** Sets both servers up on a fresh schema; neither runs yet. */
    static ClusterOfTwo setUp() throws IOException, InterruptedException {
        ClusterOfTwo cluster = new ClusterOfTwo();
        cluster.prepare();
        return cluster;
    }

    private void prepare() throws IOException, InterruptedException {
        Processes.run(new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-v",
                "ON_ERROR_STOP=1", "-c", "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE; CREATE SCHEMA " + SCHEMA + ";"),
                Duration.ofMinutes(1));
        Processes.deleteTree(work);
        // the operator copies the first server's key file to every other: a secret one stores, all can read
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String sharedKey = Base64.getEncoder().encodeToString(key);
        for (int i = 1; i <= 2; i++) {
            String name = "node" + i;
            Path baseDir = work.resolve(name);
            Processes.copyTree(jbossHome.resolve("standalone"), baseDir);
            configure(baseDir);
            Path keyFile = baseDir.resolve("configuration/adsync-secret.key");
            Files.writeString(keyFile, sharedKey);
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            Files.copy(Path.of("target", "adsync.ear"), baseDir.resolve("deployments/adsync.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
            int portOffset = 300 + 100 * i;
            nodes.add(new Node(name, portOffset, baseDir, WildFly.of(jbossHome, baseDir, portOffset, Map.of(
                    "ADSYNC_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA,
                    "ADSYNC_DB_USER", "postgres", "ADSYNC_DB_PASSWORD", "ignored-by-trust-auth",
                    "ADSYNC_ADMIN_USERNAME", ADMIN, "ADSYNC_ADMIN_PASSWORD", ADMIN_PASSWORD),
                    List.of("-Djboss.node.name=" + name, "-Dadsync.timer.refresh-interval=2000",
                            "-Dadsync.sync.lease-duration=" + LEASE, "-Dadsync.sync.minimum-interval=PT1S"))));
        }
    }

    /** The scripts an operator applies, offline, as the build configures its own servers. */
    private void configure(Path baseDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of("src", "cli", "configure-server.sh").toAbsolutePath()
                .toString(), jbossHome.toString(), baseDir.toString(), "-Dadsync.postgresql.driver="
                + Path.of("target", "drivers", "postgresql.jar").toAbsolutePath()));
        for (String script : SCRIPTS) {
            command.add(Path.of("..", "wildfly-config", script).toAbsolutePath().toString());
        }
        Processes.run(new ProcessBuilder(command), Duration.ofMinutes(3));
    }

    Node node(int number) {
        return nodes.get(number - 1);
    }

    /** Starts the servers at the same moment, as after a power cut: both run their startup checks together. */
    void startBoth() throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> started = new ArrayList<>();
            for (Node node : nodes) {
                started.add(starting.submit(() -> {
                    node.server().start();
                    return null;
                }));
            }
            for (Future<Object> start : started) {
                start.get();
            }
        } finally {
            starting.shutdown();
        }
    }

    @Override
    public void close() throws Exception {
        for (Node node : nodes) {
            node.server().close();
        }
    }
}
