package org.adsync.sync;

import org.adsync.directory.SslStatus;
import org.adsync.directory.graph.AzureCloud;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.psa.Organization;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stored secret is kept on a change only for the server, account, transport and trusted certificates it was
 * entered for; otherwise it must be typed again, and the message says what changed.
 */
class StoredSecretRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final String CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";
    private static final String GUID = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private static LdapSettingsInput.Builder ldap() {
        return new LdapSettingsInput.Builder().host("dc1.contoso.example").transport(LdapTransport.LDAPS)
                .bindDn("svc@contoso.example").baseDn("DC=contoso,DC=example").trustedCertificatesPem(CERTIFICATE);
    }

    private static SyncConfiguration storedLdapSync() {
        return SyncConfiguration.ldap(new Organization("Contoso", NOW), ldap().build(), "stored-password", NOW);
    }

    @Test
    void theSameServerAccountTransportAndCertificatesKeepTheStoredPassword() {
        SyncConfiguration sync = storedLdapSync();

        sync.changeLdapSettings(ldap().filter("(objectClass=person)").build(), null, NOW);

        assertEquals("stored-password", sync.getLdap().orElseThrow().encryptedBindPassword());
    }

    @Test
    void aChangeToPlainLdapNeedsThePasswordAgain() {
        assertPasswordNeeded(ldap().transport(LdapTransport.PLAIN).port(636), "from LDAPS to plain LDAP");
    }

    @Test
    void aChangeToStartTlsOnTheSamePortNeedsThePasswordAgain() {
        assertPasswordNeeded(ldap().transport(LdapTransport.STARTTLS).port(636), "from LDAPS to StartTLS");
    }

    @Test
    void otherTrustedCertificatesNeedThePasswordAgain() {
        assertPasswordNeeded(ldap().trustedCertificatesPem(null), "trusted certificates");
    }

    @Test
    void anotherHostOrBindUserNeedsThePasswordAgain() {
        assertPasswordNeeded(ldap().host("dc1.attacker.example"), "the server changed");
        assertPasswordNeeded(ldap().bindDn("admin@contoso.example"), "the bind user changed");
    }

    @Test
    void aNewPasswordMayGoWithAnyChange() {
        SyncConfiguration sync = storedLdapSync();

        sync.changeLdapSettings(ldap().transport(LdapTransport.PLAIN).build(), "typed-again", NOW);

        assertEquals("typed-again", sync.getLdap().orElseThrow().encryptedBindPassword());
        assertEquals(SslStatus.NOT_ENCRYPTED, sync.getSslStatus());
    }

    @Test
    void otherTrustedCertificatesOrHostsNeedTheClientSecretAgain() {
        AzureSettingsInput.Builder azure = new AzureSettingsInput.Builder().tenantId(GUID).clientId(GUID)
                .cloud(AzureCloud.CUSTOM).loginHost("login.proxy.example").graphHost("graph.proxy.example")
                .trustedCertificatesPem(CERTIFICATE);
        SyncConfiguration sync = SyncConfiguration.azure(new Organization("Fabrikam", NOW), azure.build(),
                "stored-secret", NOW);

        IllegalArgumentException certificates = assertThrows(IllegalArgumentException.class,
                () -> sync.changeAzureSettings(azure.trustedCertificatesPem(null).build(), null, NOW));
        IllegalArgumentException hosts = assertThrows(IllegalArgumentException.class,
                () -> sync.changeAzureSettings(azure.trustedCertificatesPem(CERTIFICATE)
                        .graphHost("graph.attacker.example").build(), null, NOW));
        sync.changeAzureSettings(azure.graphHost("graph.proxy.example").groupId(GUID).build(), null, NOW);

        assertTrue(certificates.getMessage().contains("the trusted certificates changed"), certificates.getMessage());
        assertTrue(hosts.getMessage().contains("hosts changed"), hosts.getMessage());
        assertEquals("stored-secret", sync.getAzure().orElseThrow().encryptedClientSecret());
    }

    private static void assertPasswordNeeded(LdapSettingsInput.Builder change, String reason) {
        SyncConfiguration sync = storedLdapSync();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> sync.changeLdapSettings(change.build(), null, NOW));

        assertTrue(refused.getMessage().startsWith("Enter the bind password again"), refused.getMessage());
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
        assertEquals("stored-password", sync.getLdap().orElseThrow().encryptedBindPassword());
        assertEquals(LdapTransport.LDAPS, sync.getLdap().orElseThrow().transport(), "nothing changed");
    }
}
