package org.adsync.it.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser as the console sees it behind a load balancer: one cookie jar for the cluster's address (cookies do not
 * depend on the port), following redirects, signing in through the console's login form.
 */
public final class ConsoleBrowser {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Opens the AD Sync page on that server, which asks for the login form, and signs in. */
    public HttpResponse<String> signIn(URI console, String username, String password) {
        get(console.resolve("admin/ad-sync.xhtml"));
        return postLogin(console, username, password);
    }

    public HttpResponse<String> postLogin(URI console, String username, String password) {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(console.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public HttpResponse<String> get(URI page) {
        return send(HttpRequest.newBuilder(page).GET().build());
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
