package org.adsync.web.signin;

import jakarta.security.enterprise.credential.AbstractClearableCredential;

import java.util.Arrays;

/** An API token as an API call brings it ({@code Authorization: Bearer adsync_...}). */
public final class ApiTokenCredential extends AbstractClearableCredential {

    private final char[] token;

    public ApiTokenCredential(char[] token) {
        this.token = token;
    }

    public String token() {
        return new String(token);
    }

    @Override
    protected void clearCredential() {
        Arrays.fill(token, '\0');
    }
}
