package org.adsync.web.signin;

import jakarta.security.enterprise.CallerPrincipal;
import org.adsync.audit.AuditedUser;
import org.adsync.security.AuthenticatedUser;

/**
 * The caller the identity store accepted, with the name and id of the API token they came with (null for a
 * password).
 */
public class SignedInCaller extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String apiTokenName;
    private final Long apiTokenId;
    private final AuditedUser audited;

    SignedInCaller(AuthenticatedUser user) {
        super(user.username());
        this.apiTokenName = user.apiTokenName();
        this.apiTokenId = user.apiTokenId();
        this.audited = user.audited();
    }

    /** The caller as the audit trail records them. */
    public AuditedUser audited() {
        return audited;
    }

    public String apiTokenName() {
        return apiTokenName;
    }

    public Long apiTokenId() {
        return apiTokenId;
    }
}
