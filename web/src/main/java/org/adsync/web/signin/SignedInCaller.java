package org.adsync.web.signin;

import jakarta.security.enterprise.CallerPrincipal;
import org.adsync.security.AuthenticatedUser;

/** The caller the identity store accepted, with the name of the API token they came with (null for a password). */
public class SignedInCaller extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String apiTokenName;

    SignedInCaller(AuthenticatedUser user) {
        super(user.username());
        this.apiTokenName = user.apiTokenName();
    }

    public String apiTokenName() {
        return apiTokenName;
    }
}
