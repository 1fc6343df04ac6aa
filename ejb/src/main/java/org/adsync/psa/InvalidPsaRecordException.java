package org.adsync.psa;

import org.adsync.platform.RequestRefusedException;

/** A field of an organization or billing product cannot be as given: blank, too long, or the name is taken. */
public class InvalidPsaRecordException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidPsaRecordException(String field, String message) {
        super(Kind.INVALID, message);
        this.field = field;
    }

    /** The field, as the API spells it. */
    public String field() {
        return field;
    }
}
