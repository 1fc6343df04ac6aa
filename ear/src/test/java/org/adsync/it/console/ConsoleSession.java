package org.adsync.it.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A browser-like HTTP session with the console: keeps its cookies and follows redirects. */
public final class ConsoleSession {

    private final URI console;
    private final CookieManager cookies;
    private final HttpClient http;

    public ConsoleSession(URI console) {
        this(console, new CookieManager(), HttpClient.newBuilder());
    }

    private ConsoleSession(URI console, CookieManager cookies, HttpClient.Builder http) {
        this.console = console;
        this.cookies = cookies;
        this.http = http.cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * The same browser on another server of a cluster, as behind a load balancer: its cookies go along (they do
     * not depend on the port).
     */
    public ConsoleSession on(URI otherServersConsole) {
        return new ConsoleSession(otherServersConsole, cookies, HttpClient.newBuilder());
    }

    /** Over HTTPS to the test server, whose self-signed certificate is taken as it is. */
    static ConsoleSession overHttps(URI console) throws GeneralSecurityException {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new TrustAnyServer()}, null);
        return new ConsoleSession(console, new CookieManager(), HttpClient.newBuilder().sslContext(tls));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(console.resolve(path)).GET().build());
    }

    /** Opens a protected page (as a browser would first) and posts the login form; answers the page shown after. */
    public HttpResponse<String> signIn(String protectedPath, String username, String password) {
        get(protectedPath);
        return postLogin(username, password);
    }

    /** Posts the login form as the page in front of the user would. */
    public HttpResponse<String> postLogin(String username, String password) {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(console.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** The session cookie's value as the browser holds it now. */
    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** A request of one's own, with the cookies this session holds. */
    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI resolve(String path) {
        return console.resolve(path);
    }

    /** Only for the test server's generated certificate. */
    private static final class TrustAnyServer implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("client side only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // the test server's self-signed certificate
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
