package org.adsync.web.signin;

import jakarta.security.enterprise.CallerPrincipal;
import org.adsync.security.AuthenticatedUser;

/**
 * The caller the identity store accepted, with the name and id of the API token they came with (null for a
 * password).
 */
public class SignedInCaller extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String apiTokenName;
    private final Long apiTokenId;

    SignedInCaller(AuthenticatedUser user) {
        super(user.username());
        this.apiTokenName = user.apiTokenName();
        this.apiTokenId = user.apiTokenId();
    }

    public String apiTokenName() {
        return apiTokenName;
    }

    public Long apiTokenId() {
        return apiTokenId;
    }
}
