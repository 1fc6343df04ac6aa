package org.adsync.directory.ldap;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Whether a certificate names a host (RFC 6125): its DNS subject alternative names, with a wildcard only as the
 * whole leftmost label, or its IP address names; the subject's CN only when there are no alternative names.
 */
final class CertificateHostNames {

    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private CertificateHostNames() {
    }

    static boolean names(X509Certificate certificate, String host) {
        String wanted = host.toLowerCase(Locale.ROOT);
        Collection<List<?>> alternativeNames;
        try {
            alternativeNames = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (alternativeNames != null && !alternativeNames.isEmpty()) {
            for (List<?> name : alternativeNames) {
                int type = (Integer) name.get(0);
                String value = String.valueOf(name.get(1)).toLowerCase(Locale.ROOT);
                boolean dnsName = type == DNS_NAME && dnsNameMatches(value, wanted);
                if (dnsName || (type == IP_ADDRESS && value.equals(wanted))) {
                    return true;
                }
            }
            return false;
        }
        return commonName(certificate).map(cn -> dnsNameMatches(cn.toLowerCase(Locale.ROOT), wanted)).orElse(false);
    }

    private static boolean dnsNameMatches(String pattern, String host) {
        if (pattern.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equals(pattern.substring(1));
        }
        return pattern.equals(host);
    }

    private static java.util.Optional<String> commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return java.util.Optional.of(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            // no usable subject name
        }
        return java.util.Optional.empty();
    }
}
