package org.adsync.security.sso;

import org.adsync.directory.graph.AzureCloud;
import org.adsync.security.admin.InvalidSecurityRequestException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What an administrator's single sign-on settings become, and what they are refused for. */
class SsoSettingsTest {

    private static final String TENANT = "72F988BF-86F1-41AF-91AB-2D7CD011DB47";

    @Test
    void theEntraIdPresetMakesTheIssuerOfTheTenantInItsCloud() {
        SsoSettings checked = entra(AzureCloud.US_GOVERNMENT, TENANT).checked();

        assertEquals("https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0", checked.issuer());
        assertEquals("groups", checked.groupsClaim());
        assertEquals(List.of("preferred_username", "email"), checked.usernameClaims());
    }

    @Test
    void anEntraTenantGivenByDomainNameIsRefusedBecauseTheTokensIssuerNamesItsId() {
        InvalidSecurityRequestException refused = assertThrows(InvalidSecurityRequestException.class,
                () -> entra(AzureCloud.GLOBAL, "contoso.onmicrosoft.com").checked());

        assertEquals("entraTenantId", refused.field());
    }

    @Test
    void theIssuerIsHttpsOrPlainHttpOnTheLoopbackOnly() {
        assertEquals("https://sso.example.com/realms/msp", keycloak("https://sso.example.com/realms/msp").checked()
                .issuer());
        assertEquals("http://127.0.0.1:8180/realms/msp", keycloak("http://127.0.0.1:8180/realms/msp").checked()
                .issuer());
        assertEquals("issuer", assertThrows(InvalidSecurityRequestException.class,
                () -> keycloak("http://sso.example.com/realms/msp").checked()).field());
        assertEquals("issuer", assertThrows(InvalidSecurityRequestException.class,
                () -> keycloak("sso.example.com").checked()).field());
    }

    @Test
    void openidIsAlwaysAskedForAndBlankClaimsFallBackToThePresets() {
        SsoSettings checked = new SsoSettings(SsoPreset.KEYCLOAK, " ", "https://sso.example.com/realms/msp", "adsync",
                "profile  email", List.of(" "), "", null, null, true, true, List.of(), List.of()).checked();

        assertEquals("openid profile email", checked.scopes());
        assertEquals(List.of("preferred_username", "email"), checked.usernameClaims());
        assertEquals("realm_access.roles", checked.groupsClaim());
        assertEquals("Keycloak", checked.displayName());
        assertEquals("openid profile email", keycloak("https://sso.example.com/realms/msp").checked().scopes(),
                "none given: the preset's");
    }

    @Test
    void aValueMappedTwiceOrToNoLevelIsRefused() {
        SsoSettings twice = withMappings(List.of(new SsoSettings.LevelMapping("admins", "Administrator"),
                new SsoSettings.LevelMapping(" admins ", "Technician")));
        SsoSettings noLevel = withMappings(List.of(new SsoSettings.LevelMapping("admins", " ")));

        assertEquals("levelMappings", assertThrows(InvalidSecurityRequestException.class, twice::checked).field());
        assertEquals("levelMappings", assertThrows(InvalidSecurityRequestException.class, noLevel::checked).field());
    }

    private static SsoSettings entra(AzureCloud cloud, String tenant) {
        return new SsoSettings(SsoPreset.ENTRA_ID, null, null, "5f6e7d8c-0000-4000-8000-000000000001", null,
                List.of(), null, tenant, cloud, true, true, List.of(), List.of());
    }

    private static SsoSettings keycloak(String issuer) {
        return new SsoSettings(SsoPreset.KEYCLOAK, null, issuer, "adsync", null, List.of(), null, null, null, true,
                true, List.of(), List.of());
    }

    private static SsoSettings withMappings(List<SsoSettings.LevelMapping> mappings) {
        return new SsoSettings(SsoPreset.KEYCLOAK, null, "https://sso.example.com/realms/msp", "adsync", null,
                List.of(), null, null, null, true, true, mappings, List.of());
    }
}
