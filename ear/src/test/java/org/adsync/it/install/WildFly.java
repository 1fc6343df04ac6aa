package org.adsync.it.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A standalone WildFly as an operator runs it: bin/standalone.sh of the distribution, with its own server base
 * directory and port offset, bound to the loopback address, with the environment and the options given. Its console
 * output goes to console-N.log beside the base directory, one file per start.
 */
public final class WildFly implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path jbossHome;
    private final Path baseDir;
    private final int portOffset;
    private final Map<String, String> environment;
    private final List<String> options;
    private Process process;
    private int starts;

    private WildFly(Path jbossHome, Path baseDir, int portOffset, Map<String, String> environment,
                    List<String> options) {
        this.jbossHome = jbossHome;
        this.baseDir = baseDir;
        this.portOffset = portOffset;
        this.environment = environment;
        this.options = options;
    }

    static WildFly start(Path jbossHome, Path baseDir, int portOffset, Map<String, String> environment)
            throws IOException, InterruptedException {
        WildFly server = new WildFly(jbossHome, baseDir, portOffset, environment, List.of());
        server.start();
        return server;
    }

    /** Defined, not started: for servers that start together ({@link #start()}) or one after the other. */
    public static WildFly of(Path jbossHome, Path baseDir, int portOffset, Map<String, String> environment,
                             List<String> options) {
        return new WildFly(jbossHome, baseDir, portOffset, environment, List.copyOf(options));
    }

    /** Stops the server as an operator would (the CLI's shutdown) and starts it again with the same environment. */
    public void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    /** Starts the server and waits until it says it started (its deployments deployed). */
    public void start() throws IOException, InterruptedException {
        Path log = baseDir.resolveSibling(baseDir.getFileName() + "-console-" + ++starts + ".log");
        List<String> arguments = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir, "-Djboss.socket.binding.port-offset=" + portOffset,
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1"));
        arguments.addAll(options);
        ProcessBuilder command = new ProcessBuilder(arguments)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().remove("JAVA_OPTS"); // the distribution's own defaults, as on a fresh machine
        command.environment().putAll(environment);
        process = command.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!started(log)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("WildFly did not start; its output:\n" + Files.readString(log));
            }
            Thread.sleep(500);
        }
    }

    /** WFLYSRV0025: started; WFLYSRV0026: started with errors (the install script reports those). */
    private static boolean started(Path log) throws IOException {
        String output = Files.exists(log) ? Files.readString(log) : "";
        return output.contains("WFLYSRV0025") || output.contains("WFLYSRV0026");
    }

    /** kill -9 of the server's JVM: no shutdown, no transaction ends, as when its host fails. */
    public void killHard() throws InterruptedException {
        for (ProcessHandle jvm : process.descendants().toList()) {
            jvm.destroyForcibly();
            jvm.onExit().join();
        }
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the server as an operator would: the CLI's shutdown, which lets running work end. */
    public void stop() throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        Processes.run(new ProcessBuilder(List.of(jbossHome.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=127.0.0.1:" + (9990 + portOffset), "--command=shutdown")), Duration.ofMinutes(1));
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } finally {
            if (process != null) {
                killHard(); // the JVM too: destroying only standalone.sh would leave it running
            }
        }
    }
}
