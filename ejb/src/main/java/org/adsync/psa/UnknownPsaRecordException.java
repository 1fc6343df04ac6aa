package org.adsync.psa;

import org.adsync.platform.RequestRefusedException;

/** An id names no organization or billing product. */
public class UnknownPsaRecordException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    public UnknownPsaRecordException(String message) {
        super(Kind.NOT_FOUND, message);
    }
}
