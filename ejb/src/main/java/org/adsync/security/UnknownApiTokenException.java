package org.adsync.security;

import org.adsync.platform.RequestRefusedException;
/** No such token among the caller's own. */
public class UnknownApiTokenException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    public UnknownApiTokenException(String message) {
        super(Kind.NOT_FOUND, message);
    }
}
