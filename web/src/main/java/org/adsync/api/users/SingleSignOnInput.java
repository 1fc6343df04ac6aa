package org.adsync.api.users;

import org.adsync.directory.graph.AzureCloud;
import org.adsync.security.sso.SsoPreset;
import org.adsync.security.sso.SsoSettings;

import java.util.List;

/**
 * The body of PUT /api/single-sign-on: the settings, and the client secret (write-only; absent keeps the stored one
 * while the issuer and client ID stay the same). Absent booleans: disabled, local sign-in for everyone.
 */
public record SingleSignOnInput(SsoPreset preset, String displayName, String issuer, String entraTenantId,
                                AzureCloud entraCloud, String clientId, String clientSecret, String scopes,
                                List<String> usernameClaims, String groupsClaim, Boolean enabled,
                                Boolean localSignInForAll, List<SsoSettings.LevelMapping> levelMappings,
                                List<String> breakGlassUsers) {

    SsoSettings settings() {
        return new SsoSettings(preset, displayName, issuer, clientId, scopes, usernameClaims, groupsClaim,
                entraTenantId, entraCloud, Boolean.TRUE.equals(enabled), !Boolean.FALSE.equals(localSignInForAll),
                levelMappings, breakGlassUsers);
    }

    char[] secret() {
        return clientSecret == null ? null : clientSecret.toCharArray();
    }
}
