package org.adsync.demo.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * An Active Directory look-alike listening for LDAPS on loopback: the demo's directory, and the tests'. It holds
 * the base DN, a read-only service account and whatever users and groups are added; tests may add interceptors
 * that make it misbehave on purpose.
 */
public final class LookAlikeDirectory implements AutoCloseable {

    private final InMemoryDirectoryServer server;
    private final DemoCertificate certificate;
    private final String baseDn;

    private LookAlikeDirectory(InMemoryDirectoryServer server, DemoCertificate certificate, String baseDn) {
        this.server = server;
        this.certificate = certificate;
        this.baseDn = baseDn;
    }

    /**
     * Starts listening on 127.0.0.1 and the port (0: any free one). The certificate is loaded from the key store
     * file, which is generated first if missing.
     */
    public static LookAlikeDirectory start(Path keyStore, String baseDn, int port, String serviceAccountDn,
                                           String serviceAccountPassword,
                                           InMemoryOperationInterceptor... extraInterceptors)
            throws LDAPException, IOException, GeneralSecurityException {
        DemoCertificate certificate = DemoCertificate.loadOrCreate(keyStore);
        InMemoryDirectoryServerConfig config = ActiveDirectoryLookAlike.configure(
                new InMemoryDirectoryServerConfig(baseDn), baseDn);
        config.addAdditionalBindCredentials(serviceAccountDn, serviceAccountPassword);
        for (InMemoryOperationInterceptor interceptor : extraInterceptors) {
            config.addInMemoryOperationInterceptor(interceptor);
        }
        SSLUtil serverSsl = new SSLUtil(new KeyStoreKeyManager(certificate.keyStore().toFile(),
                certificate.keyStorePassword(), "PKCS12", DemoCertificate.ALIAS), null);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig("ldaps",
                InetAddress.getLoopbackAddress(), port, serverSsl.createSSLServerSocketFactory(), null));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        ActiveDirectoryLookAlike.attach(server, config);
        server.add(new Entry(baseDn, new com.unboundid.ldap.sdk.Attribute("objectClass", "top", "domain")));
        server.startListening();
        return new LookAlikeDirectory(server, certificate, baseDn);
    }

    public InMemoryDirectoryServer server() {
        return server;
    }

    public int port() {
        return server.getListenPort();
    }

    public String baseDn() {
        return baseDn;
    }

    public String certificateFingerprint() {
        return certificate.fingerprint();
    }

    /** The server's certificate as PEM, as an admin would paste it into "trusted certificates". */
    public String certificatePem() throws GeneralSecurityException, IOException {
        return pemOf(certificate);
    }

    /** A key store's certificate as PEM. */
    public static String pemOf(DemoCertificate certificate) throws GeneralSecurityException, IOException {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(certificate.keyStore())) {
            store.load(in, certificate.keyStorePassword());
        }
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
                store.getCertificate(DemoCertificate.ALIAS).getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    /** An organizational unit (or other container) under the base DN; answers its DN. */
    public String addContainer(String ou) throws LDAPException {
        String dn = "OU=" + ou + "," + baseDn;
        server.add(new Entry(dn, new com.unboundid.ldap.sdk.Attribute("objectClass", "top", "organizationalUnit"),
                new com.unboundid.ldap.sdk.Attribute("ou", ou)));
        return dn;
    }

    public void addUser(ActiveDirectoryUser user, String parentDn) throws LDAPException {
        server.add(user.toEntry(parentDn));
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
