package org.adsync.security.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The relying party's side of OpenID Connect, through the Connect2id OAuth 2.0 / OpenID Connect SDK (Nimbus):
 * discovery, the authorization request with {@code state}, {@code nonce} and PKCE (S256), the code's redemption with
 * the client secret, and the ID token's validation (signature against the provider's JWKS, {@code iss}, {@code aud},
 * {@code azp}, {@code exp}, {@code iat}, {@code nonce}; {@code nbf} too) with {@value #MAX_CLOCK_SKEW_SECONDS} s of
 * clock skew. Nothing of the token's validation is written here.
 *
 * <p>A provider's discovery document is kept for an hour. Its signing keys come from a caching JWKS source that
 * fetches the set again when a token names a key it does not know, so that a provider's key rotation needs no
 * restart.
 */
@ApplicationScoped
public class OpenIdConnectClient {

    static final int MAX_CLOCK_SKEW_SECONDS = 60;
    static final String UNREACHABLE_OR_NOT_A_PROVIDER = "The provider could not be reached or is not an OpenID "
            + "provider. Check the issuer URL: it must be exactly the \"issuer\" of the provider's discovery document "
            + "(its /.well-known/openid-configuration), on a host this server can reach";
    private static final Logger LOG = Logger.getLogger(OpenIdConnectClient.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 15_000;
    private static final int MAX_KEY_SET_BYTES = 512 * 1024;
    private static final Duration DISCOVERY_KEPT = Duration.ofHours(1);

    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    /** What the provider's ID token (and, for claims it leaves out, its UserInfo endpoint) said, checked. */
    public record VerifiedSignIn(String issuer, String subject, Map<String, Object> claims, String idToken,
                                 String refreshToken) {
    }

    /** A session checked again with the provider: its claims now, and the refresh token to use next time. */
    public record Refreshed(String subject, Map<String, Object> claims, String refreshToken) {
    }

    private record Discovered(OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys, Instant at) {
    }

    /** Where to send the browser: the provider's authorization endpoint with this sign-in's parameters. */
    public URI authorizationUri(SsoSettings provider, PendingSsoSignIn pending, URI redirectUri) {
        OIDCProviderMetadata metadata = discover(provider.issuer()).metadata();
        return new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(provider.scopes()),
                new ClientID(provider.clientId()), redirectUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(pending.state()))
                .nonce(new Nonce(pending.nonce()))
                .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /**
     * Redeems the code the provider sent back and checks the ID token it answers with.
     *
     * @param wanted claims that, missing from the ID token, are asked of the UserInfo endpoint
     */
    public VerifiedSignIn redeem(SsoSettings provider, char[] clientSecret, String code, PendingSsoSignIn pending,
                                 URI redirectUri, Predicate<Map<String, Object>> wanted) {
        Discovered known = discover(provider.issuer());
        OIDCProviderMetadata metadata = known.metadata();
        TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(),
                clientAuthentication(metadata, provider.clientId(), clientSecret),
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri,
                        new CodeVerifier(pending.codeVerifier())));
        OIDCTokens tokens = tokens(send(request.toHTTPRequest(), "token endpoint"));
        IDTokenClaimsSet idClaims = validated(known, provider.clientId(), tokens.getIDToken(), pending.nonce());
        Map<String, Object> claims = new HashMap<>(idClaims.toJSONObject());
        if (wanted.test(claims) && metadata.getUserInfoEndpointURI() != null
                && tokens.getAccessToken() instanceof BearerAccessToken bearer) {
            userInfo(metadata.getUserInfoEndpointURI(), bearer).filter(info -> info.getSubject()
                    .equals(idClaims.getSubject())).ifPresent(info -> info.toJSONObject().forEach(claims::putIfAbsent));
        }
        return new VerifiedSignIn(idClaims.getIssuer().getValue(), idClaims.getSubject().getValue(), claims,
                tokens.getIDTokenString(), tokens.getRefreshToken() == null ? null : tokens.getRefreshToken()
                .getValue());
    }

    /**
     * Asks the provider whether the session still stands: a refresh token grant, answered with a new ID token (its
     * claims now: the user's groups) and the next refresh token. A disabled user, a session ended at the provider or a
     * revoked grant make the provider refuse: SsoProviderException.
     */
    public Refreshed refresh(SsoSettings provider, char[] clientSecret, String refreshToken) {
        Discovered known = discover(provider.issuer());
        OIDCProviderMetadata metadata = known.metadata();
        TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(),
                clientAuthentication(metadata, provider.clientId(), clientSecret),
                new RefreshTokenGrant(new RefreshToken(refreshToken)));
        OIDCTokens tokens = tokens(send(request.toHTTPRequest(), "token endpoint"));
        if (tokens.getIDToken() == null) {
            throw new SsoProviderException("The provider's refresh answered no ID token, so the user's groups cannot "
                    + "be checked again");
        }
        IDTokenClaimsSet claims = validated(known, provider.clientId(), tokens.getIDToken(), null);
        return new Refreshed(claims.getSubject().getValue(), new HashMap<>(claims.toJSONObject()),
                tokens.getRefreshToken() == null ? refreshToken : tokens.getRefreshToken().getValue());
    }

    /**
     * The user a back-channel logout token (OpenID Connect Back-Channel Logout 1.0) signs out, once the token is
     * checked as an ID token is: signed with the provider's keys, for this client, issued by the provider, within
     * its lifetime, with the back-channel logout event and without a nonce. adsync ends sessions by user, so the
     * token must name one ({@code sub}).
     */
    public LoggedOut loggedOut(SsoSettings provider, String logoutToken) {
        Discovered known = discover(provider.issuer());
        LogoutTokenValidator validator = new LogoutTokenValidator(known.metadata().getIssuer(),
                new ClientID(provider.clientId()), new JWSVerificationKeySelector<>(
                signingAlgorithms(known.metadata()), known.keys()), null);
        validator.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        try {
            LogoutTokenClaimsSet claims = validator.validate(JWTParser.parse(logoutToken));
            if (claims.getSubject() == null) {
                throw new SsoProviderException("The logout token names no user (sub): have the provider include it");
            }
            return new LoggedOut(claims.getIssuer().getValue(), claims.getSubject().getValue());
        } catch (java.text.ParseException | BadJOSEException | JOSEException e) {
            throw new SsoProviderException("The logout token is not valid: " + e.getMessage(), e);
        }
    }

    /** Whom a back-channel logout signs out: the provider's issuer and the user's subject there. */
    public record LoggedOut(String issuer, String subject) {
    }

    /**
     * Where to send the browser to end the provider's session too (RP-initiated logout), if the provider offers it;
     * it sends the browser back to {@code after}, which the client's registration must list.
     */
    public Optional<URI> logoutUri(String issuer, String idToken, URI after) {
        try {
            URI endSession = discover(issuer).metadata().getEndSessionEndpointURI();
            if (endSession == null) {
                return Optional.empty();
            }
            JWT hint = JWTParser.parse(idToken);
            return Optional.of(new LogoutRequest(endSession, hint, after, null).toURI());
        } catch (java.text.ParseException | SsoProviderException e) {
            return Optional.empty(); // the adsync session ends all the same
        }
    }

    /** Fetches the discovery document now, for the settings page's check. */
    public void check(String issuer) {
        discovered.remove(issuer);
        discover(issuer);
    }

    private Discovered discover(String issuer) {
        Instant now = clock.instant();
        Discovered known = discovered.get(issuer);
        if (known != null && known.at().plus(DISCOVERY_KEPT).isAfter(now)) {
            return known;
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(issuer), CONNECT_TIMEOUT_MS,
                    READ_TIMEOUT_MS);
            if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
                throw new SsoProviderException("The provider's discovery document names no signing keys (jwks_uri) "
                        + "or no token endpoint: it cannot sign users in with the authorization code flow");
            }
            requireIssuersOwnHost(issuer, metadata);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI()
                    .toURL(), new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, MAX_KEY_SET_BYTES))
                    .build();
            Discovered fresh = new Discovered(metadata, keys, now);
            discovered.put(issuer, fresh);
            return fresh;
        } catch (GeneralException | IOException e) {
            // one answer whatever went wrong (refused, timed out, not found, not JSON): the issuer field must not
            // tell which hosts and ports of this server's network answer; the log has the cause
            LOG.log(Level.INFO, "Discovery at " + issuer + " failed", e);
            throw new SsoProviderUnreachableException(UNREACHABLE_OR_NOT_A_PROVIDER, e);
        }
    }

    /**
     * The endpoints this server calls itself (keys, token, user info) must be on the issuer's own scheme, host and
     * port: a discovery document must not send the server to other hosts of its network.
     */
    private static void requireIssuersOwnHost(String issuer, OIDCProviderMetadata metadata) {
        URI own = URI.create(issuer);
        for (URI endpoint : Arrays.asList(metadata.getJWKSetURI(), metadata.getTokenEndpointURI(),
                metadata.getUserInfoEndpointURI())) {
            if (endpoint != null && !(own.getScheme().equalsIgnoreCase(endpoint.getScheme())
                    && own.getHost().equalsIgnoreCase(endpoint.getHost()) && own.getPort() == endpoint.getPort())) {
                throw new SsoProviderException("The provider's discovery document names an endpoint on another host "
                        + "or port (" + endpoint.getScheme() + "://" + endpoint.getAuthority() + "): adsync contacts "
                        + "only the issuer's own host, " + own.getAuthority());
            }
        }
    }

    /** client_secret_basic unless the provider only takes client_secret_post. */
    private static ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata, String clientId,
                                                             char[] clientSecret) {
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        Secret secret = new Secret(new String(clientSecret));
        if (methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
            return new ClientSecretPost(new ClientID(clientId), secret);
        }
        return new ClientSecretBasic(new ClientID(clientId), secret);
    }

    private static OIDCTokens tokens(HTTPResponse answer) {
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(answer);
            if (!response.indicatesSuccess()) {
                ErrorObject error = response.toErrorResponse().getErrorObject();
                throw new SsoProviderException("The provider refused (" + error.getCode()
                        + (error.getDescription() == null ? "" : ": " + error.getDescription()) + "). The provider "
                        + "refused the sign-in: sign in again; if it happens every time, check the client ID and "
                        + "secret");
            }
            return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
        } catch (ParseException e) {
            throw new SsoProviderException("The provider's token endpoint answered with no usable ID token: "
                    + e.getMessage(), e);
        }
    }

    private static IDTokenClaimsSet validated(Discovered known, String clientId, JWT idToken, String nonce) {
        IDTokenValidator validator = new IDTokenValidator(known.metadata().getIssuer(), new ClientID(clientId),
                new JWSVerificationKeySelector<>(signingAlgorithms(known.metadata()), known.keys()), null);
        validator.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        try {
            IDTokenClaimsSet claims = validator.validate(idToken, nonce == null ? null : new Nonce(nonce));
            Date notBefore = claims.toJWTClaimsSet().getNotBeforeTime();
            if (notBefore != null && notBefore.toInstant().minusSeconds(MAX_CLOCK_SKEW_SECONDS)
                    .isAfter(Instant.now())) {
                throw new SsoProviderException("The provider's ID token is not valid yet (nbf " + notBefore.toInstant()
                        + "): check this server's clock");
            }
            return claims;
        } catch (BadJOSEException | JOSEException | ParseException e) {
            throw new SsoProviderException("The provider's ID token was refused: " + e.getMessage(), e);
        }
    }

    /** The asymmetric algorithms the provider signs ID tokens with (RS256 if it does not say). */
    private static Set<JWSAlgorithm> signingAlgorithms(OIDCProviderMetadata metadata) {
        Set<JWSAlgorithm> asymmetric = Optional.ofNullable(metadata.getIDTokenJWSAlgs()).orElse(List.of()).stream()
                .filter(algorithm -> !JWSAlgorithm.Family.HMAC_SHA.contains(algorithm))
                .filter(algorithm -> !"none".equals(algorithm.getName()))
                .collect(Collectors.toSet());
        return asymmetric.isEmpty() ? Set.of(JWSAlgorithm.RS256) : asymmetric;
    }

    private static Optional<UserInfo> userInfo(URI endpoint, BearerAccessToken token) {
        try {
            UserInfoResponse response = UserInfoResponse.parse(send(new UserInfoRequest(endpoint, token)
                    .toHTTPRequest(), "UserInfo endpoint"));
            return response.indicatesSuccess()
                    ? Optional.ofNullable(response.toSuccessResponse().getUserInfo()) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty(); // the ID token's claims decide alone
        }
    }

    private static HTTPResponse send(HTTPRequest request, String what) {
        request.setConnectTimeout(CONNECT_TIMEOUT_MS);
        request.setReadTimeout(READ_TIMEOUT_MS);
        try {
            return request.send();
        } catch (IOException e) {
            LOG.log(Level.INFO, "The provider's " + what + " could not be reached", e);
            throw new SsoProviderUnreachableException("The provider's " + what + " could not be reached; try again",
                    e);
        }
    }
}
