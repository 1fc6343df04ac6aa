package org.adsync.demo;

import com.unboundid.ldap.sdk.LDAPException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.adsync.demo.directory.LookAlikeDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.logging.Logger;

/**
 * The demo's Active Directory look-alike on ldaps://localhost:10636, holding {@value DemoPeople#COUNT} users of
 * contoso.example, with a self-signed certificate generated on the first start and kept in the server's data
 * directory (see {@link LookAlikeDirectory}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDirectory {

    public static final int PORT = Integer.getInteger("adsync.demo.directory.port", 10636);

    private static final Logger LOG = Logger.getLogger(DemoDirectory.class.getName());

    private LookAlikeDirectory directory;

    @PostConstruct
    void start() {
        if (!DemoMode.isOn()) {
            return;
        }
        try {
            directory = start(DemoMode.dataDirectory().resolve("demo-directory.p12"), PORT);
            LOG.info(() -> "Demo directory listening on ldaps://localhost:" + PORT + " with base DN "
                    + DemoDirectoryContent.BASE_DN + " (certificate SHA-256 " + directory.certificateFingerprint()
                    + ")");
        } catch (LDAPException | IOException | GeneralSecurityException e) {
            // The demo directory is a convenience: the console still starts without it.
            LOG.severe(() -> "The demo directory could not start: " + e.getMessage());
        }
    }

    /** The demo directory, listening on that port (0: any free port). */
    static LookAlikeDirectory start(Path keyStore, int port) throws LDAPException, IOException,
            GeneralSecurityException {
        LookAlikeDirectory started = LookAlikeDirectory.start(keyStore, DemoDirectoryContent.BASE_DN, port,
                DemoDirectoryContent.SERVICE_ACCOUNT_DN, DemoDirectoryContent.SERVICE_ACCOUNT_PASSWORD);
        try {
            DemoDirectoryContent.load(started, DemoPeople.generate());
            return started;
        } catch (LDAPException e) {
            started.close();
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        if (directory != null) {
            directory.close();
        }
    }
}
