package org.adsync.security;

/** A token cannot be created as asked; the field says which part of the request to change. */
public class InvalidApiTokenRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidApiTokenRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
