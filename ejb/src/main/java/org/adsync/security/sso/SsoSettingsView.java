package org.adsync.security.sso;

/**
 * The single sign-on settings as the console and the API show them: never the client secret, only whether one is
 * stored.
 *
 * @param configured whether a provider was saved (otherwise {@code settings} are a preset's starting values)
 */
public record SsoSettingsView(SsoSettings settings, boolean configured, boolean clientSecretStored) {
}
