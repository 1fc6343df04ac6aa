package org.adsync.security;

/** No such token among the caller's own. */
public class UnknownApiTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownApiTokenException(String message) {
        super(message);
    }
}
