package org.adsync.security.sso;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the user name and groups out of a provider's claims, as Keycloak and Entra ID send them. */
class SsoClaimsTest {

    private static final SsoSettings KEYCLOAK = SsoSettings.startingWith(SsoPreset.KEYCLOAK);
    private static final SsoSettings ENTRA = SsoSettings.startingWith(SsoPreset.ENTRA_ID);

    @Test
    void keycloaksRealmRolesAreFoundInsideRealmAccess() {
        SsoClaims claims = SsoClaims.read(Map.of("preferred_username", "alice", "name", "Alice Admin",
                "email", "alice@msp.example", "realm_access", Map.of("roles", List.of("adsync-admins",
                        "offline_access"))), KEYCLOAK);

        assertEquals(Optional.of("alice"), claims.username());
        assertEquals("preferred_username", claims.usernameClaim());
        assertEquals("Alice Admin", claims.displayName());
        assertEquals("alice@msp.example", claims.email());
        assertEquals(List.of("adsync-admins", "offline_access"), claims.groups());
    }

    @Test
    void theFirstUsernameClaimPresentNamesTheUserAndASingleGroupValueCounts() {
        SsoClaims claims = SsoClaims.read(Map.of("preferred_username", " ", "email", "bob@msp.example",
                "groups", "7c1d8f0e-0000-4000-8000-000000000002"), ENTRA);

        assertEquals(Optional.of("bob@msp.example"), claims.username());
        assertEquals("email", claims.usernameClaim());
        assertEquals(List.of("7c1d8f0e-0000-4000-8000-000000000002"), claims.groups());
    }

    @Test
    void entrasGroupOverageIsRecognisedAndNoGroupsAreNoneAtAll() {
        SsoClaims overflowed = SsoClaims.read(Map.of("preferred_username", "carol@msp.example",
                "_claim_names", Map.of("groups", "src1"), "_claim_sources", Map.of("src1", Map.of())), ENTRA);
        SsoClaims none = SsoClaims.read(Map.of("preferred_username", "dave@msp.example"), ENTRA);

        assertTrue(overflowed.groupsOverflowed());
        assertEquals(List.of(), none.groups());
        assertFalse(none.groupsOverflowed());
        assertTrue(SsoClaims.incomplete(Map.of("preferred_username", "dave@msp.example"), ENTRA),
                "no groups claim: the UserInfo endpoint is asked");
        assertFalse(SsoClaims.incomplete(Map.of("preferred_username", "dave", "groups", List.of()), ENTRA));
    }
}
