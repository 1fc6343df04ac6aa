package org.adsync.demo.directory;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenLDAP {@code slapd} from Debian's packages, started on a loopback port with its own configuration and
 * database in a directory of the test's: the mdb back end, the ppolicy overlay (two failed passwords lock an
 * account until an administrator unlocks it), a size limit of 50 for everyone, with a total for paged searches
 * that is unlimited for the reader and 60 for the capped reader, and StartTLS with a certificate for 127.0.0.1. For
 * the tests of the LDAP adapter and for integration tests, whose server connects to it as to a customer's OpenLDAP.
 */
public final class OpenLdapServer implements AutoCloseable {

    public static final String SUFFIX = "dc=example,dc=org";
    public static final String ADMIN_DN = "cn=admin," + SUFFIX;
    public static final String READER_DN = "cn=reader," + SUFFIX;
    public static final String CAPPED_READER_DN = "cn=capped," + SUFFIX;
    public static final String READER_PASSWORD = "reader-secret";
    public static final int SIZE_LIMIT = 50;
    public static final int CAPPED_TOTAL = 60;

    private static final String SLAPD = "/usr/sbin/slapd";
    private static final String ADMIN_PASSWORD = "admin-secret";

    private final Process process;
    private final int port;
    private final String certificatePem;
    private final Path log;

    private OpenLdapServer(Process process, int port, String certificatePem, Path log) {
        this.process = process;
        this.port = port;
        this.certificatePem = certificatePem;
        this.log = log;
    }

    /** Whether and how the server offers RFC 4533 content synchronization (the syncprov overlay). */
    public enum ContentSync {
        /** No syncprov: reads are full. */
        NONE,
        /** syncprov without a session log: a refresh names every unchanged entry (the present phase). */
        PRESENT_PHASE,
        /** syncprov with a session log: a refresh names the entries deleted since (the delete phase). */
        DELETE_PHASE
    }

    public static OpenLdapServer start(Path dir) throws Exception {
        return start(dir, ContentSync.NONE);
    }

    public static OpenLdapServer start(Path dir, ContentSync contentSync) throws Exception {
        if (!Files.isExecutable(Path.of(SLAPD))) {
            throw new IllegalStateException(SLAPD + " is missing: install Debian's slapd package "
                    + "(.ci/run does: apt-get install -y slapd ldap-utils)");
        }
        DemoCertificate certificate = DemoCertificate.loadOrCreate(dir.resolve("slapd.p12"));
        Path certificateFile = Files.writeString(dir.resolve("cert.pem"), LookAlikeDirectory.pemOf(certificate));
        Path keyFile = Files.writeString(dir.resolve("key.pem"), privateKeyPem(certificate));
        Path data = Files.createDirectories(dir.resolve("data"));
        Path config = Files.writeString(dir.resolve("slapd.conf"), String.join("\n",
                "include /etc/ldap/schema/core.schema",
                "include /etc/ldap/schema/cosine.schema",
                "include /etc/ldap/schema/nis.schema",
                "include /etc/ldap/schema/inetorgperson.schema",
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                "moduleload ppolicy",
                contentSync == ContentSync.NONE ? "" : "moduleload syncprov",
                "pidfile " + dir.resolve("slapd.pid"),
                "TLSCertificateFile " + certificateFile,
                "TLSCertificateKeyFile " + keyFile,
                "sizelimit " + SIZE_LIMIT,
                "database mdb",
                "suffix \"" + SUFFIX + "\"",
                "rootdn \"" + ADMIN_DN + "\"",
                "rootpw " + ADMIN_PASSWORD,
                "directory " + data,
                contentSync == ContentSync.NONE ? "" : "index entryCSN,entryUUID eq",
                "limits dn.exact=\"" + READER_DN + "\" size.soft=" + SIZE_LIMIT + " size.prtotal=unlimited",
                "limits dn.exact=\"" + CAPPED_READER_DN + "\" size.soft=" + SIZE_LIMIT + " size.prtotal="
                        + CAPPED_TOTAL,
                "overlay ppolicy",
                "ppolicy_default \"cn=default,ou=policies," + SUFFIX + "\"",
                contentSync == ContentSync.NONE ? "" : "overlay syncprov",
                contentSync == ContentSync.DELETE_PHASE ? "syncprov-sessionlog 1000" : "",
                ""));
        int port = freeLoopbackPort();
        Path log = dir.resolve("slapd.log");
        // -d 0: stay in the foreground, so that the test owns the process
        Process process = new ProcessBuilder(SLAPD, "-f", config.toString(), "-h", "ldap://127.0.0.1:" + port + "/",
                "-d", "0").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        OpenLdapServer server = new OpenLdapServer(process, port, LookAlikeDirectory.pemOf(certificate), log);
        server.awaitListening();
        server.addBase();
        return server;
    }

    public int port() {
        return port;
    }

    public String certificatePem() {
        return certificatePem;
    }

    /** A connection as the directory's administrator (the rootdn), for loading and changing entries. */
    public LDAPConnection admin() throws LDAPException {
        return new LDAPConnection("127.0.0.1", port, ADMIN_DN, ADMIN_PASSWORD);
    }

    /** Binds with a wrong password as often as the password policy allows, which locks the account. */
    public void lockOutByFailedPasswords(String dn) {
        for (int i = 0; i < 2; i++) {
            try (LDAPConnection connection = new LDAPConnection("127.0.0.1", port)) {
                connection.bind(dn, "not-the-password");
            } catch (LDAPException expected) {
                // invalidCredentials, counted by the ppolicy overlay
            }
        }
    }

    private void addBase() throws LDAPException, LDIFException {
        try (LDAPConnection admin = admin()) {
            admin.add("dn: " + SUFFIX, "objectClass: dcObject", "objectClass: organization", "o: Example",
                    "dc: example");
            admin.add("dn: ou=policies," + SUFFIX, "objectClass: organizationalUnit", "ou: policies");
            admin.add("dn: cn=default,ou=policies," + SUFFIX, "objectClass: organizationalRole",
                    "objectClass: pwdPolicy", "cn: default", "pwdAttribute: userPassword", "pwdLockout: TRUE",
                    "pwdMaxFailure: 2");
            for (String reader : List.of(READER_DN, CAPPED_READER_DN)) {
                admin.add("dn: " + reader, "objectClass: organizationalRole", "objectClass: simpleSecurityObject",
                        "cn: " + reader.substring(3, reader.indexOf(',')), "userPassword: " + READER_PASSWORD);
            }
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("slapd stopped at start: " + Files.readString(log));
            }
            try (LDAPConnection probe = new LDAPConnection("127.0.0.1", port)) {
                return;
            } catch (LDAPException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("slapd did not listen on 127.0.0.1:" + port + " within 20 s: " + Files.readString(log));
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The certificate's key as unencrypted PKCS#8 PEM, which slapd (GnuTLS) reads. */
    private static String privateKeyPem(DemoCertificate certificate) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(certificate.keyStore())) {
            store.load(in, certificate.keyStorePassword());
        }
        byte[] key = store.getKey(DemoCertificate.ALIAS, certificate.keyStorePassword()).getEncoded();
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key)
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
