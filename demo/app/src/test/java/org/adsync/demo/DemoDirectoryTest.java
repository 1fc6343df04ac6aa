package org.adsync.demo;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import org.adsync.demo.directory.DemoCertificate;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo directory answers over LDAPS like a small Active Directory. */
class DemoDirectoryTest {

    @TempDir
    Path dataDir;

    private LookAlikeDirectory directory;
    private DemoCertificate certificate;

    @BeforeEach
    void start() throws Exception {
        directory = DemoDirectory.start(dataDir.resolve("demo.p12"), 0);
        certificate = DemoCertificate.loadOrCreate(dataDir.resolve("demo.p12"));
    }

    @AfterEach
    void stop() {
        directory.close();
    }

    @Test
    void theServiceAccountReadsEveryUserPageByPageOverLdapsTrustingTheGeneratedCertificate() throws Exception {
        try (LDAPConnection connection = connectTrustingDemoCertificate()) {
            connection.bind(DemoDirectoryContent.SERVICE_ACCOUNT_DN, DemoDirectoryContent.SERVICE_ACCOUNT_PASSWORD);
            int users = 0;
            int pages = 0;
            ASN1OctetString cookie = null;
            do {
                SearchRequest request = new SearchRequest(DemoDirectoryContent.USERS_DN, SearchScope.SUB,
                        "(&(objectClass=user)(sAMAccountName=*))", "objectGUID", "userAccountControl", "mail");
                request.addControl(new SimplePagedResultsControl(100, cookie));
                SearchResult page = connection.search(request);
                for (SearchResultEntry entry : page.getSearchEntries()) {
                    assertEquals(16, entry.getAttributeValueBytes("objectGUID").length);
                    users++;
                }
                pages++;
                cookie = SimplePagedResultsControl.get(page).getCookie();
            } while (cookie != null && cookie.getValueLength() > 0);

            assertEquals(DemoPeople.COUNT, users);
            assertEquals(3, pages);
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        try (LDAPConnection connection = connectTrustingDemoCertificate()) {
            LDAPException refused = assertThrows(LDAPException.class,
                    () -> connection.bind(DemoDirectoryContent.SERVICE_ACCOUNT_DN, "wrong"));
            assertEquals(ResultCode.INVALID_CREDENTIALS, refused.getResultCode());
        }
    }

    @Test
    void theCertificateIsGeneratedOnceAndKept() throws Exception {
        DemoCertificate again = DemoCertificate.loadOrCreate(dataDir.resolve("demo.p12"));

        assertEquals(certificate.fingerprint(), again.fingerprint());
        assertTrue(certificate.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));
    }

    private LDAPConnection connectTrustingDemoCertificate() throws Exception {
        SSLUtil clientSsl = new SSLUtil(new TrustStoreTrustManager(certificate.keyStore().toFile(),
                certificate.keyStorePassword(), "PKCS12", true));
        return new LDAPConnection(clientSsl.createSSLSocketFactory(), "localhost", directory.port());
    }
}
