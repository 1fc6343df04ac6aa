package org.adsync.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import org.adsync.it.ServerUnderTest;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Calls the deployed API as a script would, over HTTP with curl's headers, and keeps every answer so that a test can
 * check that no secret ever left the server.
 */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String authorization;
    private final List<String> bodiesSeen;

    private ApiClient(URI base, String authorization, List<String> bodiesSeen) {
        this.base = base;
        this.authorization = authorization;
        this.bodiesSeen = bodiesSeen;
    }

    public static ApiClient anonymous() {
        return anonymous(ServerUnderTest.consoleUrl().resolve("api/"));
    }

    /** A client of the API at that address (ending in "api/"), for a server other than the suite's. */
    public static ApiClient anonymous(URI api) {
        return new ApiClient(api, null, new ArrayList<>());
    }

    public ApiClient withPassword(String username, String password) {
        return new ApiClient(base, "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8)), bodiesSeen);
    }

    /**
     * Signed in with a token issued to the user: each call then costs a token lookup, not the password's 600,000
     * PBKDF2 iterations, which a test that polls would pay again and again. For tests whose subject is not Basic
     * sign-in itself; the token carries the user's permissions and name.
     */
    public static ApiClient signedIn(String username, String password) {
        ApiClient anonymous = anonymous();
        Answer issued = anonymous.withPassword(username, password).post("tokens",
                "{\"name\": \"integration test\", \"daysValid\": 1}");
        if (issued.status() != 201) {
            throw new IllegalStateException("No API token for " + username + ": " + issued);
        }
        return anonymous.withToken(issued.object().getString("token"));
    }

    public ApiClient withToken(String token) {
        return new ApiClient(base, "Bearer " + token, bodiesSeen);
    }

    ApiClient withAuthorization(String header) {
        return new ApiClient(base, header, bodiesSeen);
    }

    /** Every body any client sharing this one's record received, in order. */
    List<String> bodiesSeen() {
        return List.copyOf(bodiesSeen);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** As curl asks by default: any media type. */
    Answer getAnything(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A body of raw bytes, as a client that does not encode its text as UTF-8 sends it. */
    Answer postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).setHeader("Accept",
                "application/json, application/problem+json");
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            synchronized (bodiesSeen) {
                bodiesSeen.add(response.body());
            }
            return new Answer(response);
        } catch (IOException e) {
            throw new IllegalStateException("The API did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer with its JSON. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        /** The answer's status and body, for assertion messages. */
        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
