package org.adsync.directory;

import java.time.Instant;

/** What the server's certificate chain showed at a connection: the status, a sentence about it, its expiry. */
public record CertificateObservation(SslStatus status, String detail, Instant expiresAt) {
}
