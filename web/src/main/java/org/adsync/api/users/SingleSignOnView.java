package org.adsync.api.users;

import org.adsync.security.sso.SsoSettingsView;

/**
 * GET /api/single-sign-on: the settings (never the client secret), and the URIs to register with the provider.
 *
 * @param redirectUri       the redirect URI of adsync's client registration
 * @param postLogoutRedirectUri where the provider sends the browser back after signing out
 */
public record SingleSignOnView(SsoSettingsView current, String redirectUri, String postLogoutRedirectUri) {
}
