package org.adsync.directory.ldap;

import org.adsync.directory.CertificateObservation;
import org.adsync.directory.SslStatus;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Judges the certificate chain a directory presented: the list page's SSL Status comes from here. */
final class CertificateInspector {

    static final Duration EXPIRY_WARNING = Duration.ofDays(30);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private CertificateInspector() {
    }

    static CertificateObservation inspect(X509Certificate[] chain, boolean trusted, String host, Instant now) {
        if (chain == null || chain.length == 0) {
            return new CertificateObservation(SslStatus.UNKNOWN, "The server presented no certificate", null);
        }
        X509Certificate server = chain[0];
        Instant expires = server.getNotAfter().toInstant();
        String who = "Certificate " + server.getSubjectX500Principal().getName() + " issued by "
                + server.getIssuerX500Principal().getName() + ", valid until " + DATE.format(expires);
        if (!trusted) {
            return new CertificateObservation(SslStatus.UNTRUSTED_CHAIN, who + ", is not trusted: its issuer is not in "
                    + "the server's trust store. Trust the certificate in Setup, or import the issuing CA into "
                    + "WildFly's trust store.", expires);
        }
        if (!CertificateHostNames.names(server, host)) {
            return new CertificateObservation(SslStatus.HOST_NAME_MISMATCH, who + ", does not name the host " + host
                    + ". Connect with a name the certificate lists, or have the directory's certificate reissued.",
                    expires);
        }
        if (expires.isBefore(now)) {
            return new CertificateObservation(SslStatus.EXPIRED,
                    who + ", has expired. Renew the directory's certificate.", expires);
        }
        for (int i = 1; i < chain.length; i++) { // the issuers, up to the pinned or trusted CA: no bind to any
            if (chain[i].getNotAfter().toInstant().isBefore(now)) {
                return new CertificateObservation(SslStatus.EXPIRED, who + ", was issued through "
                        + chain[i].getSubjectX500Principal().getName() + ", which expired on "
                        + DATE.format(chain[i].getNotAfter().toInstant()) + ". Renew that CA certificate (and trust "
                        + "the new one in Setup if it is pinned there).", chain[i].getNotAfter().toInstant());
            }
        }
        if (expires.isBefore(now.plus(EXPIRY_WARNING))) {
            return new CertificateObservation(SslStatus.EXPIRING_SOON,
                    who + ", expires within 30 days. Renew it in time.", expires);
        }
        return new CertificateObservation(SslStatus.OK, who + ".", expires);
    }
}
