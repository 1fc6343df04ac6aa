package org.adsync.security.admin;

import org.adsync.platform.RequestRefusedException;

/** A console user or security level cannot be as given; {@link #field()} names the field as the API spells it. */
public class InvalidSecurityRequestException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidSecurityRequestException(String field, String message) {
        super(Kind.INVALID, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
