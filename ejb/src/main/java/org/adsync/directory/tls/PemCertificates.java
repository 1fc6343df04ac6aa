package org.adsync.directory.tls;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PEM text an admin pasted, block by block, and says what is wrong with it in the admin's terms (a block
 * cut off, a line that is not Base64, a private key pasted by mistake) rather than as the JDK's parser does
 * ("java.io.EOFException"). Text outside the blocks (comments, openssl's "subject=" lines) is allowed.
 */
final class PemCertificates {

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";
    private static final Pattern ANY_BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");

    private PemCertificates() {
    }

    static List<X509Certificate> parse(String pem) throws GeneralSecurityException {
        Matcher begin = ANY_BEGIN.matcher(pem);
        List<X509Certificate> certificates = new ArrayList<>();
        int from = 0;
        while (begin.find(from)) {
            String kind = begin.group(1);
            if (kind.contains("PRIVATE KEY")) {
                throw new GeneralSecurityException("The text holds a private key (" + begin.group() + "): paste only "
                        + "the certificates, and keep the key secret");
            }
            int end = pem.indexOf("-----END " + kind + "-----", begin.end());
            int number = certificates.size() + 1;
            if (end < 0) {
                throw new GeneralSecurityException("Certificate " + number + " has no " + END + " line: the text "
                        + "was cut off. Paste the whole certificate, from " + BEGIN + " to " + END);
            }
            if (kind.equals("CERTIFICATE")) {
                certificates.add(certificate(pem.substring(begin.end(), end), number));
            }
            from = end + END.length();
        }
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException("The text holds no PEM certificate: paste each certificate as text, "
                    + "from " + BEGIN + " to " + END + " (a .crt or .pem file opened in a text editor)");
        }
        return certificates;
    }

    private static X509Certificate certificate(String body, int number) throws GeneralSecurityException {
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("Certificate " + number + " is not valid Base64 between its "
                    + "BEGIN and END lines (" + e.getMessage() + "): it was changed or damaged when copied");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new GeneralSecurityException("Certificate " + number + " is not a complete X.509 certificate ("
                    + der.length + " bytes that do not decode as one): part of it is missing or it was damaged "
                    + "when copied");
        }
    }
}
