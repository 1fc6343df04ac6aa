package org.adsync.security.sso;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a provider's verified claims say about the user, read as the settings name the claims: the user name (the
 * first of the username claims present), the display name and e-mail address, and the group or role values of the
 * groups claim, which may be a dotted path into an object ({@code realm_access.roles}) and a list or one value.
 *
 * @param groupsOverflowed Entra ID left the groups out because the user is in too many (the "overage" claim)
 */
public record SsoClaims(Optional<String> username, String usernameClaim, String displayName, String email,
                        List<String> groups, boolean groupsOverflowed) {

    public static SsoClaims read(Map<String, Object> claims, SsoSettings settings) {
        String usernameClaim = null;
        String username = null;
        for (String claim : settings.usernameClaims()) {
            Optional<String> value = text(claims.get(claim));
            if (value.isPresent()) {
                usernameClaim = claim;
                username = value.get();
                break;
            }
        }
        String displayName = text(claims.get("name")).orElse(username);
        String email = text(claims.get("email")).orElse(null);
        return new SsoClaims(Optional.ofNullable(username), usernameClaim, displayName, email,
                values(at(claims, settings.groupsClaim())), overflowed(claims, settings.groupsClaim()));
    }

    /** Whether the claims lack what a sign-in needs, so that the UserInfo endpoint should be asked too. */
    static boolean incomplete(Map<String, Object> claims, SsoSettings settings) {
        return settings.usernameClaims().stream().noneMatch(claim -> text(claims.get(claim)).isPresent())
                || at(claims, settings.groupsClaim()) == null;
    }

    /** The value at a dotted path: {@code realm_access.roles} is the {@code roles} member of {@code realm_access}. */
    private static Object at(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path); // a claim whose name holds dots itself, such as a URL-named claim
        }
        Object current = claims;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> object)) {
                return null;
            }
            current = object.get(step);
        }
        return current;
    }

    private static List<String> values(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> text(item).ifPresent(values::add));
        } else {
            text(value).ifPresent(values::add);
        }
        return List.copyOf(values);
    }

    /** Entra ID's group overage: {@code _claim_names} points the groups claim to Graph instead of carrying it. */
    private static boolean overflowed(Map<String, Object> claims, String groupsClaim) {
        return claims.get("_claim_names") instanceof Map<?, ?> names && names.containsKey(groupsClaim);
    }

    private static Optional<String> text(Object value) {
        return value instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }
}
