package org.adsync.directory.tls;

import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts what the wrapped trust managers trust, and remembers the chain the server presented and whether it was
 * trusted: the SSL status shows both, also after a failed handshake. A server certificate that has expired is
 * refused even when an admin trusted it directly: PKIX does not check the validity of a trust anchor, so a pinned
 * certificate would otherwise keep receiving passwords long after its end.
 */
public final class RecordingTrustManager implements X509TrustManager {

    private final X509TrustManager[] trusted;
    private volatile X509Certificate[] lastChain;
    private volatile boolean lastChainTrusted;

    public RecordingTrustManager(X509TrustManager... trusted) {
        this.trusted = trusted;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        lastChain = chain.clone();
        lastChainTrusted = false;
        CertificateException refusal = null;
        for (X509TrustManager manager : trusted) {
            try {
                manager.checkServerTrusted(chain, authType);
                lastChainTrusted = true;
                chain[0].checkValidity();
                return;
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                if (lastChainTrusted) {
                    throw e;
                }
                refusal = e;
            } catch (CertificateException e) {
                refusal = e;
            }
        }
        throw refusal != null ? refusal : new CertificateException("No trust anchors");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("adsync does not accept client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return java.util.Arrays.stream(trusted).flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers()))
                .toArray(X509Certificate[]::new);
    }

    public X509Certificate[] lastChain() {
        return lastChain == null ? null : lastChain.clone();
    }

    public boolean lastChainTrusted() {
        return lastChainTrusted;
    }
}
