package org.adsync.it.api;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import org.adsync.demo.directory.DemoCertificate;
import org.adsync.demo.directory.LookAlikeDirectory;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A directory on loopback with one person that counts every bind reaching it, encrypted or not: plain LDAP with
 * StartTLS on one port, so that the same host and port can be asked for with either transport. A test proves
 * with it that a stored password never arrives where it must not.
 */
final class RecordingDirectory implements AutoCloseable {

    static final String BASE_DN = "DC=recorded,DC=example";
    static final String SERVICE_DN = "CN=svc,DC=recorded,DC=example";
    static final String SERVICE_PASSWORD = "Recorded-Bind-Secret-4711";

    private final InMemoryDirectoryServer server;
    private final DemoCertificate certificate;
    private final AtomicInteger binds = new AtomicInteger();

    RecordingDirectory(Path keyStore) throws Exception {
        certificate = DemoCertificate.loadOrCreate(keyStore);
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
        config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
            @Override
            public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) {
                binds.incrementAndGet();
            }
        });
        SSLUtil tls = new SSLUtil(new KeyStoreKeyManager(certificate.keyStore().toFile(),
                certificate.keyStorePassword(), "PKCS12", DemoCertificate.ALIAS), null);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                0, tls.createSSLSocketFactory()));
        server = new InMemoryDirectoryServer(config);
        server.add(new Entry(BASE_DN, new Attribute("objectClass", "top", "domain")));
        server.add(new Entry("CN=Pat Person," + BASE_DN, new Attribute("objectClass", "top", "person",
                "organizationalPerson", "inetOrgPerson"), new Attribute("cn", "Pat Person"),
                new Attribute("givenName", "Pat"), new Attribute("sn", "Person"),
                new Attribute("mail", "pat.person@recorded.example")));
        server.startListening();
    }

    int port() {
        return server.getListenPort();
    }

    /** How many binds arrived so far, whatever their outcome. */
    int binds() {
        return binds.get();
    }

    String certificatePem() throws Exception {
        return LookAlikeDirectory.pemOf(certificate);
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
