package org.adsync.security.sso;

/** The provider could not be asked or its answer cannot be trusted; the message says what to look at. */
public class SsoProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SsoProviderException(String message) {
        super(message);
    }

    public SsoProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
