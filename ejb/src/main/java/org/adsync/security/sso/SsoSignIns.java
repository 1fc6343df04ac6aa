package org.adsync.security.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.secret.SecretCipher;

import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs console users in through the installation's OpenID Connect provider: starts a sign-in, and finishes it by
 * redeeming the code the provider sent back, outside any transaction (no database connection waits for the
 * provider); {@link SsoAccounts} then makes the console user of the verified claims.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SsoSignIns {

    private static final Logger LOG = Logger.getLogger(SsoSignIns.class.getName());

    @Inject
    SsoProviderRepository providers;

    @Inject
    SecretCipher cipher;

    @Inject
    OpenIdConnectClient client;

    @Inject
    SsoAccounts accounts;

    Clock clock = Clock.systemUTC();

    /** A sign-in on its way to the provider: remember {@code pending}, send the browser to {@code redirect}. */
    public record Started(PendingSsoSignIn pending, URI redirect) {
    }

    /** The provider's name for "Sign in with …", when single sign-on is enabled. */
    public Optional<String> offeredProvider() {
        return providers.find().filter(SsoProvider::isEnabled).map(provider -> provider.settings(List.of())
                .displayName());
    }

    public Started start(String returnTo, URI redirectUri) {
        SsoSettings settings = enabledProvider().settings(List.of());
        PendingSsoSignIn pending = PendingSsoSignIn.start(returnTo, clock.instant());
        return new Started(pending, client.authorizationUri(settings, pending, redirectUri));
    }

    /**
     * Where to send a signing-out user's browser so that the provider ends its session too (RP-initiated logout),
     * if the provider that signed them in offers it; the provider sends the browser back to {@code after}.
     */
    public Optional<URI> providerSignOut(String issuer, String idToken, URI after) {
        return client.logoutUri(issuer, idToken, after);
    }

    /** Finishes the sign-in the provider sent back with {@code code}; {@code pending} matched its state. */
    public SsoOutcome finish(PendingSsoSignIn pending, String code, URI redirectUri, String clientAddress) {
        SsoProvider provider = enabledProvider();
        SsoSettings settings = provider.settings(List.of());
        if (pending.expiredAt(clock.instant())) {
            return accounts.refused(null, clientAddress, settings, "The sign-in took longer than "
                    + PendingSsoSignIn.LIFETIME.toMinutes() + " minutes: sign in again");
        }
        OpenIdConnectClient.VerifiedSignIn verified;
        char[] secret = cipher.decrypt(provider.encryptedClientSecret());
        try {
            verified = client.redeem(settings, secret, code, pending, redirectUri,
                    claims -> SsoClaims.incomplete(claims, settings));
        } catch (SsoProviderException e) {
            LOG.log(Level.WARNING, "Single sign-on refused: " + e.getMessage());
            return accounts.refused(null, clientAddress, settings, e.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
        return accounts.signIn(verified, clientAddress);
    }

    /**
     * Checks a single sign-on session again with the provider (refresh token grant): answers the refresh token for
     * next time while the session stands, empty once it ends (the user disabled or signed out at the provider, no
     * longer in a mapped group, or single sign-on switched off). A provider that cannot be reached right now leaves
     * the session as it is: the next check asks again.
     */
    public Optional<String> recheck(String issuer, String subject, String refreshToken) {
        Optional<SsoProvider> provider = providers.find().filter(SsoProvider::isEnabled);
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        SsoSettings settings = provider.get().settings(List.of());
        if (!settings.issuer().equals(issuer)) {
            return Optional.empty();
        }
        char[] secret = cipher.decrypt(provider.get().encryptedClientSecret());
        OpenIdConnectClient.Refreshed refreshed;
        try {
            refreshed = client.refresh(settings, secret, refreshToken);
        } catch (SsoProviderUnreachableException e) {
            return Optional.of(refreshToken);
        } catch (SsoProviderException e) {
            accounts.sessionRefused(issuer, subject, settings, e.getMessage());
            return Optional.empty();
        } finally {
            Arrays.fill(secret, '\0');
        }
        return refreshed.subject().equals(subject) && accounts.stillSignedOn(issuer, subject, refreshed.claims(),
                settings) ? Optional.of(refreshed.refreshToken()) : Optional.empty();
    }

    /**
     * A back-channel logout from the provider: once its logout token is checked, every session of the user it names
     * ends at its next request, on every server. Refused (SsoProviderException) when the token is not valid.
     */
    public void backChannelLogout(String logoutToken) {
        SsoSettings settings = enabledProvider().settings(List.of());
        OpenIdConnectClient.LoggedOut loggedOut = client.loggedOut(settings, logoutToken);
        accounts.endSessions(loggedOut.issuer(), loggedOut.subject(), settings);
    }

    private SsoProvider enabledProvider() {
        return providers.find().filter(SsoProvider::isEnabled).orElseThrow(() -> new SsoProviderException(
                "Single sign-on is not set up or is switched off: sign in with your adsync user name and password"));
    }

}
