package org.adsync.api.problem;

import java.net.URI;

/**
 * The kinds of problem the API answers, each with its status. Types are tag URIs (RFC 4151): stable names for
 * scripts to switch on, not pages to fetch; plain HTTP errors use "about:blank" as RFC 9457 suggests.
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "The request is not valid", 400),
    MALFORMED_JSON("malformed-json", "The request body is not the JSON this resource takes", 400),
    NOT_SIGNED_IN("not-signed-in", "Sign-in required", 401),
    PERMISSION_MISSING("permission-missing", "Permission missing", 403),
    DELEGATION_REFUSED("delegation-refused", "Beyond your own permissions", 403),
    FORBIDDEN("forbidden", "Not allowed", 403),
    PASSWORD_CHANGE_REQUIRED("password-change-required", "Choose your own password first", 403),
    NOT_FOUND("not-found", "Not found", 404),
    SYNC_EXISTS("sync-exists", "The organization has an AD Sync already", 409),
    SYNC_RUNNING("sync-running", "A sync is running", 409),
    HOLD_NOT_APPROVABLE("hold-not-approvable", "This held sync can no longer be approved", 409),
    IN_USE("in-use", "Something relies on it", 409),
    CONFLICT("conflict", "Not possible now", 409),
    AMBIGUOUS_IDENTITY("ambiguous-identity", "More than one contact has this identity", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    TOO_MANY_SIGN_INS("too-many-sign-ins", "Too many sign-ins", 429),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    UNEXPECTED("unexpected", "Unexpected error", 500),
    DATABASE_UNAVAILABLE("database-unavailable", "The database cannot be reached", 503);

    private static final String TAG = "tag:adsync.org,2026:problem:";

    private final String name;
    private final String title;
    private final int status;

    ProblemType(String name, String title, int status) {
        this.name = name;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(TAG + name);
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
