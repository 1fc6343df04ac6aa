package org.adsync.directory.tls;

import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.cert.ManageCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A certificate an admin trusted directly is still refused once it has expired: no secret goes to it. */
class RecordingTrustManagerTest {

    private static final char[] PASSWORD = "test-key-store".toCharArray();

    @Test
    void aTrustedCertificateThatHasExpiredIsRefusedButRecordedAsTrusted(@TempDir Path dir) throws Exception {
        X509Certificate expired = selfSigned(dir.resolve("expired.p12"), "20200101000000", 30);
        RecordingTrustManager trust = TrustedCertificates.forDirectory(pem(expired));

        assertThrows(CertificateExpiredException.class,
                () -> trust.checkServerTrusted(new X509Certificate[] {expired}, "RSA"));
        assertTrue(trust.lastChainTrusted(), "its chain is trusted: the status says expired, not untrusted");
        assertEquals(expired, trust.lastChain()[0]);
    }

    @Test
    void aTrustedCertificateWithinItsValidityIsAccepted(@TempDir Path dir) throws Exception {
        X509Certificate valid = selfSigned(dir.resolve("valid.p12"), null, 30);
        RecordingTrustManager trust = TrustedCertificates.forDirectory(pem(valid));

        trust.checkServerTrusted(new X509Certificate[] {valid}, "RSA");

        assertTrue(trust.lastChainTrusted());
    }

    @Test
    void aCertificateNoOneTrustedIsRefusedAndRecordedAsUntrusted(@TempDir Path dir) throws Exception {
        X509Certificate stranger = selfSigned(dir.resolve("stranger.p12"), null, 30);
        RecordingTrustManager trust = TrustedCertificates.forDirectory(null);

        assertThrows(CertificateException.class,
                () -> trust.checkServerTrusted(new X509Certificate[] {stranger}, "RSA"));
        assertFalse(trust.lastChainTrusted());
    }

    @Test
    void theSameCertificatesInAnotherOrderOrLayoutAreTheSameTrust(@TempDir Path dir) throws Exception {
        String first = pem(selfSigned(dir.resolve("first.p12"), null, 30));
        String second = pem(selfSigned(dir.resolve("second.p12"), null, 30));

        assertTrue(TrustedCertificates.same(first + second, second.replace("\n", "\r\n") + "\n" + first));
        assertFalse(TrustedCertificates.same(first, second));
        assertFalse(TrustedCertificates.same(first, null));
        assertTrue(TrustedCertificates.same(null, "  "));
    }

    private static X509Certificate selfSigned(Path keyStore, String validFrom, int days) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<String> arguments = new ArrayList<>(List.of(
                "generate-self-signed-certificate", "--keystore", keyStore.toString(),
                "--keystore-password", new String(PASSWORD), "--keystore-type", "PKCS12", "--alias", "server",
                "--subject-dn", "CN=localhost", "--days-valid", Integer.toString(days),
                "--key-algorithm", "RSA", "--key-size-bits", "2048", "--signature-algorithm", "SHA256withRSA",
                "--subject-alternative-name-dns", "localhost"));
        if (validFrom != null) {
            arguments.addAll(List.of("--validity-start-time", validFrom));
        }
        ResultCode result = ManageCertificates.main(InputStream.nullInputStream(), output, output,
                arguments.toArray(String[]::new));
        assertEquals(ResultCode.SUCCESS, result, output::toString);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD);
        }
        return (X509Certificate) store.getCertificate("server");
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }
}
