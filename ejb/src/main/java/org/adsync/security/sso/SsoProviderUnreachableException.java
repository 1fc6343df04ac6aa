package org.adsync.security.sso;

/**
 * The provider did not answer at all (or answered nothing usable at discovery): nothing is known about the user, so
 * a session being checked again is left as it is until the next check.
 */
public class SsoProviderUnreachableException extends SsoProviderException {

    private static final long serialVersionUID = 1L;

    public SsoProviderUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
