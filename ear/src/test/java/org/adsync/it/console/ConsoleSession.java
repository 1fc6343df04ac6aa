package org.adsync.it.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like HTTP session with the console: keeps its cookies and follows redirects. */
final class ConsoleSession {

    private final URI console;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    ConsoleSession(URI console) {
        this.console = console;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(console.resolve(path)).GET().build());
    }

    /** Opens a protected page (as a browser would first) and posts the login form; answers the page shown after. */
    HttpResponse<String> signIn(String protectedPath, String username, String password) {
        get(protectedPath);
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(console.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
