package org.adsync.demo.directory;

import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.cert.ManageCertificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.HexFormat;

/**
 * The demo directory's self-signed certificate for localhost and 127.0.0.1, generated once with UnboundID's
 * certificate tool and kept in a PKCS#12 key store, so an admin who trusts it once keeps trusting it.
 */
public record DemoCertificate(Path keyStore, char[] keyStorePassword, String fingerprint) {

    public static final String ALIAS = "demo-directory";

    /** Protects only the demo's throw-away key; a real directory's keys never pass through adsync. */
    private static final String KEY_STORE_PASSWORD = "demo-directory-key";

    public static DemoCertificate loadOrCreate(Path keyStore) throws IOException, GeneralSecurityException {
        if (!Files.exists(keyStore)) {
            Files.createDirectories(keyStore.getParent());
            generate(keyStore);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, KEY_STORE_PASSWORD.toCharArray());
        }
        Certificate certificate = store.getCertificate(ALIAS);
        String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        return new DemoCertificate(keyStore, KEY_STORE_PASSWORD.toCharArray(), fingerprint);
    }

    private static void generate(Path keyStore) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ResultCode result = ManageCertificates.main(InputStream.nullInputStream(), output, output,
                "generate-self-signed-certificate",
                "--keystore", keyStore.toString(),
                "--keystore-password", KEY_STORE_PASSWORD,
                "--keystore-type", "PKCS12",
                "--alias", ALIAS,
                "--subject-dn", "CN=localhost,OU=adsync demo directory",
                "--days-valid", "825",
                "--key-algorithm", "RSA",
                "--key-size-bits", "2048",
                "--signature-algorithm", "SHA256withRSA",
                "--subject-alternative-name-dns", "localhost",
                "--subject-alternative-name-ip-address", "127.0.0.1");
        if (result != ResultCode.SUCCESS) {
            throw new IOException("Could not generate the demo directory's certificate: " + output);
        }
    }
}
