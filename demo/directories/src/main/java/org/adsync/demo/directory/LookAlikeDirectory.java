package org.adsync.demo.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An Active Directory look-alike listening for LDAPS on loopback: the demo's directory, and the tests'. It holds
 * the base DN, a read-only service account and whatever users and groups are added; tests may add interceptors
 * that make it misbehave on purpose.
 */
public final class LookAlikeDirectory implements AutoCloseable {

    private final InMemoryDirectoryServer server;
    private final DemoCertificate certificate;
    private final String baseDn;
    private final ChangeTrackingDomainController changes;

    private LookAlikeDirectory(InMemoryDirectoryServer server, DemoCertificate certificate, String baseDn,
                               ChangeTrackingDomainController changes) {
        this.server = server;
        this.certificate = certificate;
        this.baseDn = baseDn;
        this.changes = changes;
    }

    /**
     * Starts listening on 127.0.0.1 and the port (0: any free one). The certificate is loaded from the key store
     * file, which is generated first if missing.
     */
    public static LookAlikeDirectory start(Path keyStore, String baseDn, int port, String serviceAccountDn,
                                           String serviceAccountPassword,
                                           InMemoryOperationInterceptor... extraInterceptors)
            throws LDAPException, IOException, GeneralSecurityException {
        return start(keyStore, baseDn, port, serviceAccountDn, serviceAccountPassword, null, extraInterceptors);
    }

    /**
     * As {@link #start}, and numbering its changes as a domain controller does (update sequence numbers, an
     * invocation ID, tombstones of deleted users), so that a sync may read only what changed. Change users through
     * {@link #addUser}, {@link #modify}, {@link #move} and {@link #delete}: writes on {@link #server()} directly
     * get no number.
     */
    public static LookAlikeDirectory startTrackingChanges(Path keyStore, String baseDn, int port,
                                                          String serviceAccountDn, String serviceAccountPassword,
                                                          InMemoryOperationInterceptor... extraInterceptors)
            throws LDAPException, IOException, GeneralSecurityException {
        return start(keyStore, baseDn, port, serviceAccountDn, serviceAccountPassword,
                new ChangeTrackingDomainController(baseDn), extraInterceptors);
    }

    private static LookAlikeDirectory start(Path keyStore, String baseDn, int port, String serviceAccountDn,
                                            String serviceAccountPassword, ChangeTrackingDomainController changes,
                                            InMemoryOperationInterceptor... extraInterceptors)
            throws LDAPException, IOException, GeneralSecurityException {
        DemoCertificate certificate = DemoCertificate.loadOrCreate(keyStore);
        InMemoryDirectoryServerConfig config = ActiveDirectoryLookAlike.configure(
                new InMemoryDirectoryServerConfig(baseDn), baseDn);
        config.addAdditionalBindCredentials(serviceAccountDn, serviceAccountPassword);
        if (changes != null) {
            config.addInMemoryOperationInterceptor(changes);
        }
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
        if (changes != null) {
            changes.attach(server);
        }
        server.startListening();
        return new LookAlikeDirectory(server, certificate, baseDn, changes);
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
        add(new Entry(dn, new com.unboundid.ldap.sdk.Attribute("objectClass", "top", "organizationalUnit"),
                new com.unboundid.ldap.sdk.Attribute("ou", ou)));
        return dn;
    }

    public void addUser(ActiveDirectoryUser user, String parentDn) throws LDAPException {
        add(user.toEntry(parentDn));
    }

    /** Adds any entry (a group, say), numbered if this directory tracks changes. */
    public void add(Entry entry) throws LDAPException {
        server.add(changes == null ? entry : changes.numbered(entry));
    }

    /** Changes an entry, numbered if this directory tracks changes. */
    public void modify(String dn, Modification... modifications) throws LDAPException {
        server.modify(dn, changes == null ? List.of(modifications) : changes.numbered(modifications));
    }

    /** Moves an entry under another parent, as an admin drags a user to another OU. */
    public void move(String dn, String newParentDn) throws LDAPException {
        RDN rdn = new DN(dn).getRDN();
        server.modifyDN(dn, rdn.toString(), true, newParentDn);
        String moved = new DN(rdn, new DN(newParentDn)).toString();
        if (changes != null) {
            server.modify(moved, changes.numbered());
        }
    }

    /** Deletes an entry; a directory that tracks changes keeps a tombstone, as Active Directory does. */
    public void delete(String dn) throws LDAPException {
        Entry deleted = server.getEntry(dn);
        server.delete(dn);
        if (changes != null && deleted != null) {
            server.add(changes.tombstoneOf(deleted));
        }
    }

    /** Another domain controller answers from now on (round-robin DNS), or this one was restored (new ID). */
    public void answerAs(String hostName, UUID invocationId) throws LDAPException {
        trackingChanges().answerAs(hostName, invocationId);
    }

    /** Sets the controller's update sequence number, back in time for instance. */
    public void setUsn(long usn) {
        trackingChanges().setUsn(usn);
    }

    private ChangeTrackingDomainController trackingChanges() {
        if (changes == null) {
            throw new IllegalStateException("This look-alike was started without change tracking");
        }
        return changes;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
