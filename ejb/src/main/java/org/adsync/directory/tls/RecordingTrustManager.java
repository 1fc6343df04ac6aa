package org.adsync.directory.tls;

import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts what the wrapped trust managers trust, and remembers the chain the server presented (with the pinned
 * certificate that issued it, if the server did not send that one) and whether it was trusted: the SSL status shows
 * both, also after a failed handshake. A chain with an expired certificate anywhere, the pinned ones included, is
 * refused even when an admin trusted it directly: PKIX does not check the validity of a trust anchor, so a pinned
 * certificate (or CA) would otherwise keep receiving passwords long after its end.
 */
public final class RecordingTrustManager implements X509TrustManager {

    private final List<X509Certificate> pinned;
    private final X509TrustManager[] trusted;
    private volatile X509Certificate[] lastChain;
    private volatile boolean lastChainTrusted;

    public RecordingTrustManager(List<X509Certificate> pinned, X509TrustManager... trusted) {
        this.pinned = List.copyOf(pinned);
        this.trusted = trusted;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        lastChain = withPinnedIssuer(chain);
        lastChainTrusted = false;
        CertificateException refusal = null;
        for (X509TrustManager manager : trusted) {
            try {
                manager.checkServerTrusted(chain, authType);
                lastChainTrusted = true;
                for (X509Certificate certificate : lastChain) {
                    certificate.checkValidity();
                }
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

    /** The chain as presented, and the pinned certificate that issued its last one if the server left it out. */
    private X509Certificate[] withPinnedIssuer(X509Certificate[] chain) {
        X509Certificate last = chain[chain.length - 1];
        List<X509Certificate> full = new ArrayList<>(List.of(chain));
        pinned.stream().filter(anchor -> !full.contains(anchor)
                        && anchor.getSubjectX500Principal().equals(last.getIssuerX500Principal()))
                .findFirst().ifPresent(full::add);
        return full.toArray(X509Certificate[]::new);
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
