package org.adsync.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class H2DataDirectoryTest {

    @Test
    void anEmbeddedDatabasesDirectoryComesFromItsUrlAndServersHaveNone() {
        assertEquals(Optional.of(Path.of("/srv/wildfly/data/adsync")),
                H2DataDirectory.of("jdbc:h2:/srv/wildfly/data/adsync/adsync;DB_CLOSE_ON_EXIT=FALSE"));
        assertEquals(Optional.of(Path.of("/srv/data")), H2DataDirectory.of("jdbc:h2:file:/srv/data/adsync"));
        assertEquals(Optional.empty(), H2DataDirectory.of("jdbc:h2:mem:test"));
        assertEquals(Optional.empty(), H2DataDirectory.of("jdbc:h2:tcp://db.example/adsync"));
        assertEquals(Optional.empty(), H2DataDirectory.of("jdbc:postgresql://127.0.0.1:5432/test"));
    }

    @Test
    void theDirectoryAndItsFilesBecomeTheOwnersOnly(@TempDir Path data) throws Exception {
        Path directory = Files.createDirectory(data.resolve("adsync"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path file = Files.createFile(directory.resolve("adsync.mv.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        assertTrue(H2DataDirectory.restrict(directory));

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
