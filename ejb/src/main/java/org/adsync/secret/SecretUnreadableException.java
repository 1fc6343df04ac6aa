package org.adsync.secret;

/** A stored secret cannot be decrypted; the message tells the admin what to do. */
public class SecretUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretUnreadableException(String message) {
        super(message);
    }
}
