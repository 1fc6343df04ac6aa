package org.adsync.security.admin;

import org.adsync.platform.RequestRefusedException;

/** An id names no console user or security level. */
public class UnknownSecurityRecordException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    public UnknownSecurityRecordException(String message) {
        super(Kind.NOT_FOUND, message);
    }
}
