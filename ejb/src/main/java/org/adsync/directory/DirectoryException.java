package org.adsync.directory;

import java.util.Optional;

/**
 * A directory could not be read. The message is for the admin: what failed, where, and what to do about it; it
 * never contains a password. The vendor's exception is chained for the log.
 */
public class DirectoryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient CertificateObservation certificate;

    public DirectoryException(String adminMessage, Throwable cause) {
        this(adminMessage, cause, null);
    }

    public DirectoryException(String adminMessage, Throwable cause, CertificateObservation certificate) {
        super(adminMessage, cause);
        this.certificate = certificate;
    }

    /** The server certificate seen before the failure, if the connection got that far. */
    public Optional<CertificateObservation> certificate() {
        return Optional.ofNullable(certificate);
    }
}
