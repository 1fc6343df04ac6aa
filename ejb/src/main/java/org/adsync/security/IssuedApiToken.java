package org.adsync.security;

/** A token just created: the only moment its value is known, so the caller must pass it on at once. */
public record IssuedApiToken(ApiTokenView details, String token) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + details + ", token=(hidden)]";
    }
}
