package org.adsync.api.security;

import jakarta.ws.rs.core.SecurityContext;
import org.adsync.security.AuthenticatedUser;

import java.security.Principal;

/** The signed-in caller of an API request, as the resources see it through {@code @Context SecurityContext}. */
record ApiCaller(AuthenticatedUser user, String scheme, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return user::username;
    }

    @Override
    public boolean isUserInRole(String role) {
        return user.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
