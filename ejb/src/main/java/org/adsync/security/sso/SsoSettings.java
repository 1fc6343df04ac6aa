package org.adsync.security.sso;

import org.adsync.directory.graph.AzureCloud;
import org.adsync.security.admin.InvalidSecurityRequestException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The single sign-on settings an administrator sees and saves, without the client secret (write-only, given apart).
 * {@link #checked()} fills in what the preset implies and refuses what cannot work, naming the field.
 *
 * @param usernameClaims claims tried in order for the user name
 * @param groupsClaim    the claim with the groups or roles; a dotted path reaches into an object
 * @param localSignInForAll false: only the break-glass accounts may still sign in with a password
 * @param levelMappings  group or role values and the security level (by name) each gives; the first match wins
 * @param breakGlassUsers local users who may sign in with their password when local sign-in is off for the others
 */
public record SsoSettings(SsoPreset preset, String displayName, String issuer, String clientId, String scopes,
                          List<String> usernameClaims, String groupsClaim, String entraTenantId,
                          AzureCloud entraCloud, boolean enabled, boolean localSignInForAll,
                          List<LevelMapping> levelMappings, List<String> breakGlassUsers) {

    private static final Pattern TENANT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_:./-]{1,100}");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    public SsoSettings {
        usernameClaims = usernameClaims == null ? List.of() : List.copyOf(usernameClaims);
        levelMappings = levelMappings == null ? List.of() : List.copyOf(levelMappings);
        breakGlassUsers = breakGlassUsers == null ? List.of() : breakGlassUsers.stream()
                .filter(name -> name != null && !name.isBlank()).map(String::strip).distinct().toList();
    }

    /** A group or role value and the name of the security level it gives. */
    public record LevelMapping(String claimValue, String securityLevel) {
    }

    /** The settings a preset starts with. */
    public static SsoSettings startingWith(SsoPreset preset) {
        return new SsoSettings(preset, preset.label(), null, null, preset.scopes(), preset.usernameClaims(),
                preset.groupsClaim(), null, preset == SsoPreset.ENTRA_ID ? AzureCloud.GLOBAL : null, false, true,
                List.of(), List.of());
    }

    /** The issuer of an Entra ID tenant in its cloud (v2.0 endpoints). */
    public static String entraIssuer(AzureCloud cloud, String tenantId) {
        return "https://" + cloud.loginHost() + "/" + tenantId + "/v2.0";
    }

    /** These settings made complete and checked. */
    public SsoSettings checked() {
        if (preset == null) {
            throw invalid("preset", "Choose the kind of provider: ENTRA_ID, KEYCLOAK or OTHER");
        }
        String tenant = null;
        AzureCloud cloud = null;
        String checkedIssuer;
        if (preset == SsoPreset.ENTRA_ID && (entraCloud != AzureCloud.CUSTOM)) {
            tenant = required("entraTenantId", entraTenantId, "the directory (tenant) ID of the app registration");
            if (!TENANT.matcher(tenant).matches()) {
                throw invalid("entraTenantId", "Enter the directory (tenant) ID, a GUID, as the app registration's "
                        + "Overview page shows it: the ID tokens' issuer names the tenant by it, never by a domain");
            }
            cloud = entraCloud == null ? AzureCloud.GLOBAL : entraCloud;
            checkedIssuer = entraIssuer(cloud, tenant.toLowerCase(Locale.ROOT));
        } else {
            checkedIssuer = checkedIssuer(required("issuer", issuer, preset == SsoPreset.KEYCLOAK
                    ? "the realm's URL, such as https://sso.example.com/realms/msp" : "the provider's issuer URL"));
            cloud = preset == SsoPreset.ENTRA_ID ? AzureCloud.CUSTOM : null;
        }
        String checkedClientId = required("clientId", clientId, "the client (application) ID");
        if (checkedClientId.length() > 255) {
            throw invalid("clientId", "The client ID has at most 255 characters");
        }
        List<String> claims = usernameClaims.stream().map(claim -> claim == null ? "" : claim.strip())
                .filter(claim -> !claim.isEmpty()).distinct().toList();
        if (claims.isEmpty()) {
            claims = preset.usernameClaims();
        }
        claims.forEach(claim -> checkedClaim("usernameClaims", claim));
        String groups = groupsClaim == null || groupsClaim.isBlank() ? preset.groupsClaim() : groupsClaim.strip();
        checkedClaim("groupsClaim", groups);
        String name = displayName == null || displayName.isBlank() ? preset.label() : displayName.strip();
        if (name.length() > 100) {
            throw invalid("displayName", "The display name has at most 100 characters");
        }
        return new SsoSettings(preset, name, checkedIssuer, checkedClientId, checkedScopes(), claims, groups, tenant,
                cloud, enabled, localSignInForAll, checkedMappings(), breakGlassUsers);
    }

    private String checkedScopes() {
        Set<String> checked = new LinkedHashSet<>();
        checked.add("openid"); // without it the provider answers plain OAuth 2.0, with no ID token
        String asked = scopes == null || scopes.isBlank() ? preset.scopes() : scopes;
        for (String scope : asked.trim().split("\\s+")) {
            if (!scope.isEmpty()) {
                checked.add(scope);
            }
        }
        String joined = String.join(" ", checked);
        if (joined.length() > 500) {
            throw invalid("scopes", "The scopes have at most 500 characters");
        }
        return joined;
    }

    private List<LevelMapping> checkedMappings() {
        List<LevelMapping> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LevelMapping mapping : levelMappings) {
            String value = mapping.claimValue() == null ? "" : mapping.claimValue().strip();
            if (value.isEmpty() || value.length() > SsoLevelMapping.MAX_VALUE_LENGTH) {
                throw invalid("levelMappings", "Each mapping needs a group or role value of 1 to "
                        + SsoLevelMapping.MAX_VALUE_LENGTH + " characters");
            }
            if (!seen.add(value)) {
                throw invalid("levelMappings", "The value \"" + value + "\" is mapped twice: keep one");
            }
            if (mapping.securityLevel() == null || mapping.securityLevel().isBlank()) {
                throw invalid("levelMappings", "Choose the security level that \"" + value + "\" gives");
            }
            checked.add(new LevelMapping(value, mapping.securityLevel().strip()));
        }
        return checked;
    }

    /**
     * HTTPS, or HTTP on this machine's loopback only (a provider run beside adsync for trying it out): the ID token
     * and the client secret must not cross a network in the clear.
     */
    private static String checkedIssuer(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid("issuer", "The issuer is not a URL: " + e.getReason());
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean loopbackHttp = "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (!https && !loopbackHttp || uri.getHost() == null) {
            throw invalid("issuer", "The issuer must be an https:// URL (plain http only for a provider on this "
                    + "machine's loopback address)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid("issuer", "The issuer has no query or fragment");
        }
        if (value.length() > 1024) {
            throw invalid("issuer", "The issuer has at most 1024 characters");
        }
        return value; // as the provider spells it: the ID token's "iss" must match it exactly
    }

    private static void checkedClaim(String field, String claim) {
        if (!CLAIM.matcher(claim).matches()) {
            throw invalid(field, "\"" + claim + "\" is not a claim name (letters, digits, and _ : . / -)");
        }
    }

    private static String required(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "Enter " + what);
        }
        return value.strip();
    }

    private static InvalidSecurityRequestException invalid(String field, String message) {
        return new InvalidSecurityRequestException(field, message);
    }
}
