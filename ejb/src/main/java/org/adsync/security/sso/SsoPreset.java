package org.adsync.security.sso;

import java.util.List;

/**
 * Defaults for a kind of provider, as the console fills them in: which scopes to ask for, which claims name the user
 * and carry their groups or roles.
 */
public enum SsoPreset {

    /**
     * Microsoft Entra ID: the issuer follows from the tenant and its cloud; the {@code groups} claim carries group
     * object IDs once the app registration's token configuration adds it. {@code email} is only there for users
     * with a mailbox, so {@code preferred_username} (the UPN) comes first.
     */
    ENTRA_ID("Microsoft Entra ID", "openid profile email", List.of("preferred_username", "email"), "groups"),

    /** Keycloak: the issuer is the realm's URL; realm roles are in {@code realm_access.roles}. */
    KEYCLOAK("Keycloak", "openid profile email", List.of("preferred_username", "email"), "realm_access.roles"),

    /** Any other OpenID Connect provider, with the claims entered. */
    OTHER("OpenID Connect", "openid profile email", List.of("preferred_username", "email"), "groups");

    private final String label;
    private final String scopes;
    private final List<String> usernameClaims;
    private final String groupsClaim;

    SsoPreset(String label, String scopes, List<String> usernameClaims, String groupsClaim) {
        this.label = label;
        this.scopes = scopes;
        this.usernameClaims = usernameClaims;
        this.groupsClaim = groupsClaim;
    }

    public String label() {
        return label;
    }

    public String scopes() {
        return scopes;
    }

    public List<String> usernameClaims() {
        return usernameClaims;
    }

    public String groupsClaim() {
        return groupsClaim;
    }
}
