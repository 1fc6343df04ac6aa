package org.adsync.it.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the commands an operator would type, and copies and removes directory trees. */
public final class Processes {

    private Processes() {
    }

    /** Runs the command to its end and answers its output; fails with that output unless it exits with 0. */
    public static String run(ProcessBuilder command, Duration timeout) throws IOException, InterruptedException {
        Process process = command.redirectErrorStream(true).start();
        String output = outputOf(process, command, timeout);
        if (process.exitValue() != 0) {
            throw new AssertionError(command.command() + " exited with " + process.exitValue() + ":\n" + output);
        }
        return output;
    }

    /** Runs the command to its end and answers its output, whatever its exit value. */
    public static String output(ProcessBuilder command, Duration timeout) throws IOException, InterruptedException {
        return outputOf(command.redirectErrorStream(true).start(), command, timeout);
    }

    private static String outputOf(Process process, ProcessBuilder command, Duration timeout)
            throws IOException, InterruptedException {
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.command() + " did not end within " + timeout);
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
