package org.adsync.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Makes an embedded H2 database's directory readable by its owner only. H2 creates it with the process's umask,
 * often world-readable, and the files hold the encrypted secrets and every contact. PostgreSQL and other servers
 * keep their own files; for them, and on file systems without POSIX permissions, this does nothing.
 */
final class H2DataDirectory {

    private H2DataDirectory() {
    }

    /** The directory of an embedded H2 database's files, from its JDBC URL. */
    static Optional<Path> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String location = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (location.startsWith("mem:") || location.startsWith("tcp:") || location.startsWith("ssl:")) {
            return Optional.empty();
        }
        location = location.replaceFirst("^file:", "");
        Path parent = Path.of(location).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    /** Owner-only permissions on the directory and the files in it; answers whether they were set. */
    static boolean restrict(Path directory) throws IOException {
        if (!Files.isDirectory(directory)
                || Files.getFileAttributeView(directory, PosixFileAttributeView.class) == null) {
            return false;
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        Files.isDirectory(file) ? "rwx------" : "rw-------"));
            }
        }
        return true;
    }
}
