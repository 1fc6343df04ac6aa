package org.adsync.directory.tls;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The trust of one directory: the JVM's trust store plus the PEM certificates an admin trusted for it. */
public final class TrustedCertificates {

    private TrustedCertificates() {
    }

    public static RecordingTrustManager forDirectory(String trustedPem) throws GeneralSecurityException {
        List<X509TrustManager> managers = new ArrayList<>();
        managers.add(defaultTrust(null));
        if (trustedPem != null && !trustedPem.isBlank()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try {
                store.load(null, null);
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException(e);
            }
            int i = 0;
            for (Certificate certificate : parse(trustedPem)) {
                store.setCertificateEntry("trusted-" + i++, certificate);
            }
            managers.add(defaultTrust(store));
        }
        return new RecordingTrustManager(managers.toArray(X509TrustManager[]::new));
    }

    /** Parses PEM text; throws with a clear message when it is not certificates. */
    public static Collection<? extends Certificate> parse(String pem) throws GeneralSecurityException {
        Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException("The trusted certificates field holds no PEM certificate");
        }
        return certificates;
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
