package org.adsync.directory.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import org.adsync.demo.directory.DemoCertificate;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DirectoryEntry;
import org.adsync.sync.LdapSettingsInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An OpenLDAP-like server (standard schema, inetOrgPerson, entryUUID) is read too, its groups expanded by adsync. */
class GenericLdapServerTest {

    @TempDir
    Path dir;

    @Test
    void inetOrgPersonUsersAreReadWithEntryUuidAsAnchorAndNestedGroupsExpanded() throws Exception {
        DemoCertificate certificate = DemoCertificate.loadOrCreate(dir.resolve("ldap.p12"));
        InMemoryDirectoryServer server = server(certificate, true);
        try {
            server.add("dn: dc=example,dc=org", "objectClass: top", "objectClass: domain", "dc: example");
            server.add("dn: ou=people,dc=example,dc=org", "objectClass: organizationalUnit", "ou: people");
            server.add("dn: uid=jdoe,ou=people,dc=example,dc=org", "objectClass: inetOrgPerson", "uid: jdoe",
                    "cn: Jane Doe", "givenName: Jane", "sn: Doe", "mail: jane@example.org",
                    "telephoneNumber: +1 555 0101", "title: Engineer");
            server.add("dn: uid=rroe,ou=people,dc=example,dc=org", "objectClass: inetOrgPerson", "uid: rroe",
                    "cn: Richard Roe", "sn: Roe", "givenName: Richard");
            server.add("dn: uid=out,ou=people,dc=example,dc=org", "objectClass: inetOrgPerson", "uid: out",
                    "cn: Out Sider", "sn: Sider");
            server.add("dn: cn=inner,dc=example,dc=org", "objectClass: groupOfNames", "cn: inner",
                    "member: uid=rroe,ou=people,dc=example,dc=org");
            server.add("dn: cn=staff,dc=example,dc=org", "objectClass: groupOfNames", "cn: staff",
                    "member: uid=jdoe,ou=people,dc=example,dc=org", "member: cn=inner,dc=example,dc=org");
            server.startListening();
            Entry jane = server.getEntry("uid=jdoe,ou=people,dc=example,dc=org", "entryUUID");

            LdapSettingsInput input = new LdapSettingsInput.Builder().host("127.0.0.1").port(server.getListenPort())
                    .transport(LdapTransport.LDAPS).bindDn("cn=reader,dc=example,dc=org").password("reader-secret")
                    .baseDn("ou=people,dc=example,dc=org").filter("(objectClass=inetOrgPerson)")
                    .groupDn("cn=staff,dc=example,dc=org")
                    .trustedCertificatesPem(LookAlikeDirectory.pemOf(certificate)).build();
            List<DirectoryEntry> read = TestDirectories.readAll(new LdapDirectoryReader(),
                    TestDirectories.source(input), new ArrayList<>());

            assertEquals(List.of("Doe", "Roe"), read.stream().map(DirectoryEntry::lastName).sorted().toList());
            DirectoryEntry doe = read.stream().filter(e -> "Doe".equals(e.lastName())).findFirst().orElseThrow();
            assertEquals(jane.getAttributeValue("entryUUID"), doe.anchor());
            assertEquals("jdoe", doe.accountName());
            assertEquals("jane@example.org", doe.email());
            assertEquals("Engineer", doe.title());
            assertTrue(read.stream().noneMatch(DirectoryEntry::disabled));
        } finally {
            server.shutDown(true);
        }
    }

    @Test
    void anAccountLockedForGoodOrByItsServersFlagIsDisabledAndATemporaryLockoutIsNot() throws Exception {
        DemoCertificate certificate = DemoCertificate.loadOrCreate(dir.resolve("ldap.p12"));
        // without a schema: the operational attributes of OpenLDAP's ppolicy and of 389 DS
        InMemoryDirectoryServer server = server(certificate, false);
        try {
            server.add("dn: dc=example,dc=org", "objectClass: top", "objectClass: domain", "dc: example");
            server.add("dn: uid=gone,dc=example,dc=org", "objectClass: inetOrgPerson", "uid: gone", "cn: Gone For Good",
                    "sn: Good", "pwdAccountLockedTime: 000001010000Z");
            server.add("dn: uid=typo,dc=example,dc=org", "objectClass: inetOrgPerson", "uid: typo", "cn: Ty Po",
                    "sn: Po", "pwdAccountLockedTime: 20261130120000Z");
            server.add("dn: uid=ds,dc=example,dc=org", "objectClass: inetOrgPerson", "uid: ds", "cn: Dee Ess",
                    "sn: Ess", "nsAccountLock: TRUE");
            server.add("dn: uid=ok,dc=example,dc=org", "objectClass: inetOrgPerson", "uid: ok", "cn: O Kay",
                    "sn: Kay");
            server.startListening();
            LdapSettingsInput input = new LdapSettingsInput.Builder().host("127.0.0.1").port(server.getListenPort())
                    .transport(LdapTransport.LDAPS).bindDn("cn=reader,dc=example,dc=org").password("reader-secret")
                    .baseDn("dc=example,dc=org").filter("(objectClass=inetOrgPerson)")
                    .trustedCertificatesPem(LookAlikeDirectory.pemOf(certificate)).build();

            List<DirectoryEntry> read = TestDirectories.readAll(new LdapDirectoryReader(),
                    TestDirectories.source(input), new ArrayList<>());

            assertEquals(List.of("Ess", "Good"), read.stream().filter(DirectoryEntry::disabled)
                    .map(DirectoryEntry::lastName).sorted().toList());
        } finally {
            server.shutDown(true);
        }
    }

    @Test
    void withoutAFilterAnLdapServerIsReadWithItsUsualOneAndTestConnectionSaysWhichFilterWouldFindUsers()
            throws Exception {
        DemoCertificate certificate = DemoCertificate.loadOrCreate(dir.resolve("ldap.p12"));
        InMemoryDirectoryServer server = server(certificate, true);
        try {
            server.add("dn: dc=example,dc=org", "objectClass: top", "objectClass: domain", "dc: example");
            for (int i = 0; i < 3; i++) {
                server.add("dn: uid=u" + i + ",dc=example,dc=org", "objectClass: inetOrgPerson", "uid: u" + i,
                        "cn: User " + i, "sn: User" + i);
            }
            server.startListening();
            LdapSettingsInput.Builder settings = new LdapSettingsInput.Builder().host("127.0.0.1")
                    .port(server.getListenPort()).transport(LdapTransport.LDAPS).bindDn("cn=reader,dc=example,dc=org")
                    .password("reader-secret").baseDn("dc=example,dc=org")
                    .trustedCertificatesPem(LookAlikeDirectory.pemOf(certificate));

            List<DirectoryEntry> read = TestDirectories.readAll(new LdapDirectoryReader(),
                    TestDirectories.source(settings.build()), new ArrayList<>());
            ConnectionTestReport adFilter = new LdapDirectoryReader().testConnection(TestDirectories.source(
                    settings.filter("(&(objectCategory=person)(objectClass=user))").build()));

            assertEquals(3, read.size(), "no filter: (objectClass=inetOrgPerson) on a server that is not AD");
            String usersInScope = adFilter.steps().get(adFilter.steps().size() - 1).detail();
            assertTrue(usersInScope.contains("a sync would find no one. With the filter (objectClass=inetOrgPerson), "
                    + "usual on this LDAP server, 3 entries under the base DN match"), usersInScope);
        } finally {
            server.shutDown(true);
        }
    }

    /** An LDAPS server on a loopback port with the reader account, with the standard schema or none. */
    private static InMemoryDirectoryServer server(DemoCertificate certificate, boolean standardSchema)
            throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=example,dc=org");
        if (!standardSchema) {
            config.setSchema(null);
        }
        config.addAdditionalBindCredentials("cn=reader,dc=example,dc=org", "reader-secret");
        SSLUtil serverSsl = new SSLUtil(new KeyStoreKeyManager(certificate.keyStore().toFile(),
                certificate.keyStorePassword(), "PKCS12", DemoCertificate.ALIAS), null);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig("ldaps",
                InetAddress.getLoopbackAddress(), 0, serverSsl.createSSLServerSocketFactory(), null));
        return new InMemoryDirectoryServer(config);
    }
}
