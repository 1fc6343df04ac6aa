package org.adsync.psa;

import org.adsync.platform.RequestRefusedException;

/** An organization or billing product cannot be deactivated while something uses it; the message says what. */
public class PsaRecordInUseException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    public PsaRecordInUseException(String message) {
        super(Kind.IN_USE, message);
    }
}
