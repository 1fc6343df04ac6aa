package org.adsync.security.sso;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issuer field cannot be used to map this server's network: whatever fails (nothing listens, something answers
 * that is no OpenID provider), the answer is the same; and a discovery document cannot send the server to another
 * host or port.
 */
class OpenIdConnectClientTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aClosedPortAndAWebServerThatIsNoProviderGetTheSameAnswer() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String refused = refusal("http://127.0.0.1:" + closed + "/realms/probe");
        String notAProvider = refusal(serve(404, "<html>Not Found</html>") + "/realms/probe");

        assertEquals(OpenIdConnectClient.UNREACHABLE_OR_NOT_A_PROVIDER, refused);
        assertEquals(refused, notAProvider);
    }

    @Test
    void aDiscoveryDocumentNamingAnotherHostsEndpointsIsRefused() throws IOException {
        String issuer = serve(200, null) + "/realms/probe";
        documentOf(issuer, "http://127.0.0.1:9/keys");

        String refusal = refusal(issuer);

        assertTrue(refusal.contains("an endpoint on another host or port (http://127.0.0.1:9)"), refusal);
    }

    private String refusal(String issuer) {
        return assertThrows(SsoProviderException.class, () -> new OpenIdConnectClient().check(issuer)).getMessage();
    }

    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        if (body != null) {
            server.createContext("/", exchange -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
        }
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void documentOf(String issuer, String jwksUri) {
        String document = "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + jwksUri + "\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        server.createContext("/", exchange -> {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }
}
