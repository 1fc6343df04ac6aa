package org.adsync.it.sso;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's sign-in through Keycloak, step by step over HTTP with the cookies of both sites: every redirect is
 * seen, so that a test can change the state on the way or keep the callback's code to send again.
 */
final class HttpSignIn {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final URI console;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new LoopbackIsSecure())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpSignIn(URI console) {
        this.console = console;
    }

    /** Opens "Sign in with …": answers where adsync sends the browser (Keycloak's authorization endpoint). */
    URI start() {
        return location(get(console.resolve("sso/sign-in")));
    }

    /**
     * At Keycloak's authorization endpoint, signs in with the form (or not, when Keycloak's session still knows the
     * user): answers where Keycloak sends the browser back (adsync's callback, with the code and state).
     */
    URI atProvider(URI authorization, String username, String password) {
        HttpResponse<String> page = get(authorization);
        if (page.statusCode() == 302) {
            return location(page);
        }
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("No Keycloak sign-in form at " + authorization + ": " + page.body());
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        return location(send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    /** Follows redirects from there (as a browser would) and answers the page it ends on. */
    HttpResponse<String> follow(URI uri) {
        HttpResponse<String> answer = get(uri);
        for (int hops = 0; answer.statusCode() / 100 == 3 && hops < 10; hops++) {
            answer = get(location(answer));
        }
        return answer;
    }

    /** A whole sign-in, from "Sign in with …" to the page it ends on. */
    HttpResponse<String> signIn(String username, String password) {
        return follow(atProvider(start(), username, password));
    }

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private URI location(HttpResponse<String> answer) {
        if (answer.statusCode() / 100 != 3) {
            throw new AssertionError("Expected a redirect from " + answer.uri() + ", got " + answer.statusCode()
                    + ": " + answer.body());
        }
        return answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
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

    /**
     * Keycloak marks its cookies Secure even over plain HTTP; browsers count the loopback address as a secure
     * context and send them back, and so does this cookie jar (Java's would only send them over HTTPS).
     */
    private static final class LoopbackIsSecure extends CookieManager {
        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            boolean loopback = "127.0.0.1".equals(uri.getHost());
            return super.get(loopback ? URI.create(uri.toString().replaceFirst("^http:", "https:")) : uri,
                    requestHeaders);
        }
    }

    /** The URI with one query parameter's value replaced. */
    static URI withParameter(URI uri, String name, String value) {
        String query = uri.getRawQuery().replaceAll("(^|&)" + name + "=[^&]*", "$1" + name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));
        return URI.create(uri.toString().substring(0, uri.toString().indexOf('?') + 1) + query);
    }

    static String parameter(URI uri, String name) {
        Matcher value = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
        if (!value.find()) {
            throw new AssertionError(uri + " has no " + name);
        }
        return java.net.URLDecoder.decode(value.group(1), StandardCharsets.UTF_8);
    }
}
