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
    void aChainWhosePinnedCaHasExpiredIsRefusedThoughTheServersOwnCertificateIsValid(@TempDir Path dir)
            throws Exception {
        Path caStore = dir.resolve("ca.p12");
        X509Certificate expiredCa = selfSigned(caStore, "20200101000000", 30, "CN=Expired Test CA",
                "--basic-constraints-is-ca", "true", "--key-usage", "key-cert-sign");
        X509Certificate server = signedBy(caStore, dir);
        RecordingTrustManager trust = TrustedCertificates.forDirectory(pem(expiredCa));

        assertThrows(CertificateExpiredException.class,
                () -> trust.checkServerTrusted(new X509Certificate[] {server}, "RSA"), "no bind to it");
        assertTrue(trust.lastChainTrusted());
        assertEquals(List.of(server, expiredCa), List.of(trust.lastChain()), "the pinned CA is part of the chain");
    }

    @Test
    void pemTextThatWasCutOffOrDamagedSaysSoInsteadOfTheParsersException(@TempDir Path dir) throws Exception {
        String valid = pem(selfSigned(dir.resolve("pasted.p12"), null, 30));
        String cutOff = valid.substring(0, valid.length() / 2);
        String damaged = valid.replace(valid.substring(40, 60), "not*base64*at*all!!!");
        String truncatedBody = valid.substring(0, 200) + "\n-----END CERTIFICATE-----\n";

        assertEquals("Certificate 1 has no -----END CERTIFICATE----- line: the text was cut off. Paste the whole "
                + "certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----", parseProblem(cutOff));
        assertTrue(parseProblem(damaged).startsWith("Certificate 1 is not valid Base64"), parseProblem(damaged));
        assertTrue(parseProblem(truncatedBody).startsWith("Certificate 1 is not a complete X.509 certificate"),
                parseProblem(truncatedBody));
        assertTrue(parseProblem("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n" + valid)
                .startsWith("The text holds a private key"));
        assertTrue(parseProblem("MIIDdzCCAl+gAwIBAgIE").startsWith("The text holds no PEM certificate"));
        assertEquals(2, TrustedCertificates.parse("subject=CN=localhost\n" + valid + "# the CA\n" + valid).size());
    }

    private static String parseProblem(String pem) {
        return assertThrows(java.security.GeneralSecurityException.class, () -> TrustedCertificates.parse(pem))
                .getMessage();
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
        return selfSigned(keyStore, validFrom, days, "CN=localhost");
    }

    /** A server certificate for localhost, valid for 30 days from now, issued by the CA in that key store. */
    private static X509Certificate signedBy(Path caStore, Path dir) throws Exception {
        Path serverStore = dir.resolve("issued.p12");
        Path request = dir.resolve("server.csr");
        Path issued = dir.resolve("server.crt");
        manage("generate-certificate-signing-request", "--keystore", serverStore.toString(), "--keystore-password",
                new String(PASSWORD), "--keystore-type", "PKCS12", "--alias", "server", "--subject-dn",
                "CN=localhost", "--key-algorithm", "RSA", "--key-size-bits", "2048", "--signature-algorithm",
                "SHA256withRSA", "--output-file", request.toString());
        manage("sign-certificate-signing-request", "--request-input-file", request.toString(),
                "--certificate-output-file", issued.toString(), "--keystore", caStore.toString(),
                "--keystore-password", new String(PASSWORD), "--signing-certificate-alias", "server",
                "--days-valid", "30", "--subject-alternative-name-dns", "localhost", "--no-prompt");
        try (InputStream in = Files.newInputStream(issued)) {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(in);
        }
    }

    private static void manage(String... arguments) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ResultCode result = ManageCertificates.main(InputStream.nullInputStream(), output, output, arguments);
        assertEquals(ResultCode.SUCCESS, result, output::toString);
    }

    private static X509Certificate selfSigned(Path keyStore, String validFrom, int days, String subject,
                                              String... more) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<String> arguments = new ArrayList<>(List.of(
                "generate-self-signed-certificate", "--keystore", keyStore.toString(),
                "--keystore-password", new String(PASSWORD), "--keystore-type", "PKCS12", "--alias", "server",
                "--subject-dn", subject, "--days-valid", Integer.toString(days),
                "--key-algorithm", "RSA", "--key-size-bits", "2048", "--signature-algorithm", "SHA256withRSA",
                "--subject-alternative-name-dns", "localhost"));
        if (validFrom != null) {
            arguments.addAll(List.of("--validity-start-time", validFrom));
        }
        arguments.addAll(List.of(more));
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
