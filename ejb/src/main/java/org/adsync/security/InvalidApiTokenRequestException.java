package org.adsync.security;

import org.adsync.platform.RequestRefusedException;
/** A token cannot be created as asked; the field says which part of the request to change. */
public class InvalidApiTokenRequestException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidApiTokenRequestException(String field, String message) {
        super(Kind.INVALID, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
