package org.adsync.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.adsync.demo.directory.DemoCertificate;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient.Answer;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stored bind password goes only where it was entered for: a change of transport (to plain LDAP) or of the
 * trusted certificates without typing it again is refused, for Test Connection and for Save, and the directory
 * never sees a bind. Checked over HTTP against a directory that counts the binds reaching it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredSecretsIT {

    private static final String PASSWORD = "stored secrets password 3";

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private ApiClient admin;
    private RecordingDirectory directory;
    private String otherCertificatePem;
    private long syncId;

    @BeforeEach
    void aStartTlsSyncWithItsPasswordStored(@TempDir Path keys) throws Exception {
        String adminName = FixtureClient.unique("secrets-admin");
        fixtures.user(adminName, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS);
        ApiClient anonymous = ApiClient.anonymous();
        admin = anonymous.withToken(anonymous.withPassword(adminName, PASSWORD)
                .post("tokens", "{\"name\": \"stored secrets\"}").object().getString("token"));
        directory = new RecordingDirectory(keys.resolve("directory.p12"));
        otherCertificatePem = LookAlikeDirectory.pemOf(DemoCertificate.loadOrCreate(keys.resolve("attacker.p12")));
        long organization = fixtures.organization(FixtureClient.unique("Secrets"));
        Answer created = admin.post("syncs", sync(organization, ldap -> ldap
                .add("bindPassword", RecordingDirectory.SERVICE_PASSWORD)));
        assertEquals(201, created.status(), created::toString);
        syncId = created.object().getJsonNumber("id").longValue();
    }

    @AfterEach
    void stopDirectory() {
        directory.close();
    }

    @Test
    void theUnchangedSettingsReuseTheStoredPassword() {
        int before = directory.binds();

        Answer tested = admin.post("syncs/" + syncId + "/test", ldap(ldap -> ldap));

        assertEquals(200, tested.status(), tested::toString);
        assertTrue(tested.object().getBoolean("succeeded"), tested::toString);
        assertEquals(before + 1, directory.binds(), "the stored password was used over StartTLS");
    }

    @Test
    void switchingToPlainLdapWithoutThePasswordBindsNothingAndSavesNothing() {
        int before = directory.binds();
        UnaryOperator<JsonObjectBuilder> plain = ldap -> ldap.add("transport", "PLAIN");

        Answer tested = admin.post("syncs/" + syncId + "/test", ldap(plain));
        Answer saved = admin.put("syncs/" + syncId, sync(null, plain));

        assertPasswordNeeded(tested, "plain LDAP");
        assertPasswordNeeded(saved, "plain LDAP");
        assertEquals(before, directory.binds(), "no bind, in clear or otherwise, reached the directory");
        assertEquals("STARTTLS", storedLdap().getString("transport"));
    }

    @Test
    void trustingAnotherCertificateWithoutThePasswordBindsNothingAndSavesNothing() throws Exception {
        int before = directory.binds();
        UnaryOperator<JsonObjectBuilder> otherTrust = ldap -> ldap.add("trustedCertificatesPem", otherCertificatePem);

        Answer tested = admin.post("syncs/" + syncId + "/test", ldap(otherTrust));
        Answer saved = admin.put("syncs/" + syncId, sync(null, otherTrust));

        assertPasswordNeeded(tested, "trusted certificates");
        assertPasswordNeeded(saved, "trusted certificates");
        assertEquals(before, directory.binds());
        assertEquals(directory.certificatePem().strip(), storedLdap().getString("trustedCertificatesPem").strip());
    }

    @Test
    void theSameCertificateReformattedStillCountsAsUnchanged() throws Exception {
        String rewrapped = directory.certificatePem().replace("\n", "\r\n") + "\n";

        Answer saved = admin.put("syncs/" + syncId, sync(null, ldap -> ldap.add("trustedCertificatesPem", rewrapped)));

        assertEquals(200, saved.status(), saved::toString);
    }

    @Test
    void anUnreadableCertificateIsRefusedOnItsFieldWhenSaved() {
        Answer saved = admin.put("syncs/" + syncId, sync(null, ldap -> ldap
                .add("bindPassword", RecordingDirectory.SERVICE_PASSWORD)
                .add("trustedCertificatesPem", "-----BEGIN CERTIFICATE-----\nnot base64 at all\n"
                        + "-----END CERTIFICATE-----")));

        assertEquals(400, saved.status(), saved::toString);
        assertEquals("ldap.trustedCertificatesPem", saved.object().getString("field"), saved::toString);
    }

    private void assertPasswordNeeded(Answer answer, String reason) {
        assertEquals(400, answer.status(), answer::toString);
        JsonObject problem = answer.object();
        assertEquals("ldap.bindPassword", problem.getString("field"), answer::toString);
        assertTrue(problem.getString("detail").contains(reason), answer::toString);
    }

    private JsonObject storedLdap() {
        return admin.get("syncs/" + syncId).object().getJsonObject("ldap");
    }

    /** The sync as stored, without the password unless the change adds it. */
    private String sync(Long organization, UnaryOperator<JsonObjectBuilder> ldapChange) {
        JsonObjectBuilder sync = Json.createObjectBuilder();
        if (organization != null) {
            sync.add("organizationId", organization);
        }
        return sync.add("enabled", false).add("directoryType", "LDAP").add("ldap", ldapSettings(ldapChange))
                .build().toString();
    }

    /** Only the LDAP settings, as Test Connection with unsaved settings takes them. */
    private String ldap(UnaryOperator<JsonObjectBuilder> change) {
        return ldapSettings(change).build().toString();
    }

    private JsonObjectBuilder ldapSettings(UnaryOperator<JsonObjectBuilder> change) {
        try {
            return change.apply(Json.createObjectBuilder()
                    .add("host", "127.0.0.1")
                    .add("port", directory.port())
                    .add("transport", "STARTTLS")
                    .add("bindDn", RecordingDirectory.SERVICE_DN)
                    .add("baseDn", RecordingDirectory.BASE_DN)
                    .add("filter", "(objectClass=person)")
                    .add("trustedCertificatesPem", directory.certificatePem()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
