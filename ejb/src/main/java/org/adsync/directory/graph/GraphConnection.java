package org.adsync.directory.graph;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.okhttp.OkHttpAsyncHttpClientBuilder;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import okhttp3.OkHttpClient;
import org.adsync.directory.tls.TrustedCertificates;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.function.IntConsumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One use of a tenant: the client-secret credential and a Graph client that share one HTTP client, with the
 * cloud's hosts and the trust the settings give. Close it to stop the HTTP client's threads.
 */
final class GraphConnection implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Graph answers a 999-user page in a few seconds; a minute means it is not coming. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final OkHttpClient http;
    private final ClientSecretCredential credential;
    private final GraphServiceClient graph;
    private final String scope;

    private GraphConnection(OkHttpClient http, ClientSecretCredential credential, GraphServiceClient graph,
                            String scope) {
        this.http = http;
        this.credential = credential;
        this.graph = graph;
        this.scope = scope;
    }

    static GraphConnection open(GraphTenant settings, IntConsumer throttled) throws GeneralSecurityException {
        X509TrustManager trust = TrustedCertificates.forDirectory(settings.trustedCertificatesPem());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trust}, null);
        OkHttpClient http = GraphClientFactory.create()
                .addNetworkInterceptor(new RetryAfterGuard(throttled))
                .addInterceptor(new ClearedProperties())
                .sslSocketFactory(tls.getSocketFactory(), trust)
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .build();
        // The token requests go through the same connection pool and trust, without Graph's middleware.
        OkHttpClient tokenHttp = new OkHttpClient.Builder()
                .dispatcher(http.dispatcher())
                .connectionPool(http.connectionPool())
                .sslSocketFactory(tls.getSocketFactory(), trust)
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .build();
        ClientSecretCredentialBuilder builder = new ClientSecretCredentialBuilder()
                .tenantId(settings.tenantId())
                .clientId(settings.clientId())
                .clientSecret(new String(settings.clientSecret()))
                .authorityHost("https://" + settings.loginHost())
                .httpClient(new OkHttpAsyncHttpClientBuilder(tokenHttp).build());
        if (settings.cloud() == AzureCloud.CUSTOM) {
            // MSAL validates only Microsoft's own authorities; it would spend ~17 s trying to reach them
            builder.disableInstanceDiscovery();
        }
        ClientSecretCredential credential = builder.build();
        String graphHostName = hostName(settings.graphHost());
        String scope = "https://" + graphHostName + "/.default";
        // Only hosts in this list get the token: without the Graph host the SDK sends requests unauthenticated.
        AzureIdentityAuthenticationProvider authentication = new AzureIdentityAuthenticationProvider(credential,
                new String[] {graphHostName}, scope);
        GraphServiceClient graph = new GraphServiceClient(authentication, http);
        graph.getRequestAdapter().setBaseUrl("https://" + settings.graphHost() + "/v1.0");
        return new GraphConnection(http, credential, graph, scope);
    }

    /** Asks the sign-in host for a token now, so that sign-in problems are told apart from Graph's. */
    AccessToken token() {
        return credential.getTokenSync(new TokenRequestContext().addScopes(scope));
    }

    GraphServiceClient graph() {
        return graph;
    }

    private static String hostName(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
