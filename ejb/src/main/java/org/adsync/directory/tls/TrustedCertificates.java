package org.adsync.directory.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The trust of one directory: the JVM's trust store plus the PEM certificates an admin trusted for it. */
public final class TrustedCertificates {

    private TrustedCertificates() {
    }

    public static RecordingTrustManager forDirectory(String trustedPem) throws GeneralSecurityException {
        List<X509TrustManager> managers = new ArrayList<>();
        List<X509Certificate> pinned = new ArrayList<>();
        managers.add(defaultTrust(null));
        if (trustedPem != null && !trustedPem.isBlank()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try {
                store.load(null, null);
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException(e);
            }
            int i = 0;
            for (X509Certificate certificate : PemCertificates.parse(trustedPem)) {
                store.setCertificateEntry("trusted-" + i++, certificate);
                pinned.add(certificate);
            }
            managers.add(defaultTrust(store));
        }
        return new RecordingTrustManager(pinned, managers.toArray(X509TrustManager[]::new));
    }

    /** Parses PEM text; throws with a message that says what is wrong with the text when it is not certificates. */
    public static Collection<? extends Certificate> parse(String pem) throws GeneralSecurityException {
        return PemCertificates.parse(pem);
    }

    /**
     * Whether two PEM texts trust the same certificates, whatever their order, line breaks or comments. Text that
     * does not parse is the same only as identical text: it trusts nothing, so nothing is gained by a change.
     */
    public static boolean same(String pem, String otherPem) {
        boolean none = pem == null || pem.isBlank();
        boolean otherNone = otherPem == null || otherPem.isBlank();
        if (none || otherNone) {
            return none == otherNone;
        }
        try {
            return encodings(pem).equals(encodings(otherPem));
        } catch (GeneralSecurityException unparseable) {
            return pem.strip().equals(otherPem.strip());
        }
    }

    private static Set<String> encodings(String pem) throws GeneralSecurityException {
        Set<String> encodings = new HashSet<>();
        for (Certificate certificate : parse(pem)) {
            encodings.add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
        }
        return encodings;
    }

    private static X509TrustManager defaultTrust(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (var manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("No X.509 trust manager in this JVM");
    }
}
