package org.adsync.identity;

import org.adsync.platform.RequestRefusedException;

/** More than one active contact has that identity (the same tenant synced for two organizations). */
public class AmbiguousIdentityException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    public AmbiguousIdentityException(String message) {
        super(Kind.CONFLICT, message);
    }
}
