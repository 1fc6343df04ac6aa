package org.adsync.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.logging.Logger;

/**
 * The demo's Active Directory look-alike: an in-memory LDAPS server on 127.0.0.1:10636 holding
 * {@value DemoPeople#COUNT} users of contoso.example, with a self-signed certificate generated on the first start
 * and kept in the server's data directory. Like a real domain controller it caps a search at 1000 entries, so a
 * sync that does not page fails here too.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDirectory {

    public static final int PORT = Integer.getInteger("adsync.demo.directory.port", 10636);
    static final int MAX_ENTRIES_PER_SEARCH = 1000;

    private static final Logger LOG = Logger.getLogger(DemoDirectory.class.getName());

    private InMemoryDirectoryServer server;

    @PostConstruct
    void start() {
        if (!DemoMode.isOn()) {
            return;
        }
        try {
            Path dataDir = Path.of(System.getProperty("jboss.server.data.dir", "target"), "adsync-demo");
            DemoCertificate certificate = DemoCertificate.loadOrCreate(dataDir.resolve("demo-directory.p12"));
            server = create(certificate, PORT);
            server.startListening();
            LOG.info(() -> "Demo directory listening on ldaps://localhost:" + PORT + " with base DN "
                    + DemoDirectoryContent.BASE_DN + " (certificate SHA-256 " + certificate.fingerprint() + ")");
        } catch (LDAPException | IOException | GeneralSecurityException e) {
            // The demo directory is a convenience: the console still starts without it.
            LOG.severe(() -> "The demo directory could not start: " + e.getMessage());
        }
    }

    /** The loaded directory, not yet listening, on 127.0.0.1 and that port (0: any free port). */
    static InMemoryDirectoryServer create(DemoCertificate certificate, int port)
            throws LDAPException, GeneralSecurityException, IOException {
        InMemoryDirectoryServer directory = new InMemoryDirectoryServer(configuration(certificate, port));
        DemoDirectoryContent.load(directory, DemoPeople.generate());
        return directory;
    }

    private static InMemoryDirectoryServerConfig configuration(DemoCertificate certificate, int port)
            throws LDAPException, GeneralSecurityException, IOException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(DemoDirectoryContent.BASE_DN);
        // Active Directory's attributes (objectGUID, sAMAccountName, userAccountControl, ...) are not in the
        // standard LDAP schema the in-memory server enforces by default.
        config.setSchema(null);
        config.setMaxSizeLimit(MAX_ENTRIES_PER_SEARCH);
        config.addAdditionalBindCredentials(DemoDirectoryContent.SERVICE_ACCOUNT_DN,
                DemoDirectoryContent.SERVICE_ACCOUNT_PASSWORD);
        SSLUtil serverSsl = new SSLUtil(new KeyStoreKeyManager(certificate.keyStore().toFile(),
                certificate.keyStorePassword(), "PKCS12", DemoCertificate.ALIAS), null);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig("ldaps",
                InetAddress.getLoopbackAddress(), port, serverSsl.createSSLServerSocketFactory(), null));
        return config;
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.shutDown(true);
        }
    }
}
