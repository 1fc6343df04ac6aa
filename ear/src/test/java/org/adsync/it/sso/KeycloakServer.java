package org.adsync.it.sso;

import jakarta.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (the server distribution from Maven Central, which ear/pom.xml unpacks under target) in dev mode
 * on a loopback port, with an in-memory database and the realm of keycloak/adsync-it-realm.json: the client
 * "adsync", the realm roles adsync-admins, adsync-technicians and helpdesk, and a user for each. Keycloak needs a
 * newer Java than adsync's 17: the Temurin 25 JDK (-Dadsync.it.keycloak.java).
 */
final class KeycloakServer implements AutoCloseable {

    static final int PORT = 18080;
    static final String REALM = "adsync-it";
    static final String CLIENT_ID = "adsync";
    static final String CLIENT_SECRET = "adsync-it-client-secret-2f9c";
    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final String ADMIN_API = "http://127.0.0.1:" + PORT + "/admin/realms/" + REALM;

    private final Process process;

    private KeycloakServer(Process process) {
        this.process = process;
    }

    static String issuer() {
        return "http://127.0.0.1:" + PORT + "/realms/" + REALM;
    }

    static KeycloakServer start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("adsync.it.keycloak.home", "target/keycloak"));
        Path java = Path.of(System.getProperty("adsync.it.keycloak.java", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh")) || !Files.isExecutable(java.resolve("bin/java"))) {
            throw new IllegalStateException("Keycloak needs its distribution in " + home.toAbsolutePath()
                    + " (mvn pre-integration-test unpacks it) and a Java 21+ JDK in " + java);
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/adsync-it-realm.json")) {
            Files.copy(realm, imports.resolve("adsync-it-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + PORT, "--import-realm", "--db=dev-mem", "--cache=local"))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", java.toString());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "keycloak-it-admin");
        KeycloakServer server = new KeycloakServer(builder.start());
        server.awaitRealm();
        return server;
    }

    private void awaitRealm() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped at start: see target/keycloak.log");
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        close();
        throw new IllegalStateException("Keycloak did not serve its realm within " + STARTUP + ": target/keycloak.log");
    }

    /**
     * Signs the user out of every session, as an administrator does in Keycloak's console (Users › Sessions ›
     * Sign out): Keycloak then posts a back-channel logout token to each client the user signed in to.
     */
    void signOutEverywhere(String username) throws IOException, InterruptedException {
        administer(username, "/logout", HttpRequest.BodyPublishers.noBody(), "POST");
    }

    /** Disables the user in Keycloak, as an administrator does; Keycloak tells no client. */
    void disable(String username) throws IOException, InterruptedException {
        administer(username, "", HttpRequest.BodyPublishers.ofString("{\"enabled\": false}"), "PUT");
    }

    /** The user's id in Keycloak: the subject ("sub") of their ID tokens. */
    String subjectOf(String username) throws IOException, InterruptedException {
        return userId(HttpClient.newHttpClient(), adminToken(HttpClient.newHttpClient()), username);
    }

    private void administer(String username, String path, HttpRequest.BodyPublisher body, String method)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String token = adminToken(http);
        String id = userId(http, token, username);
        int status = http.send(HttpRequest.newBuilder(URI.create(ADMIN_API + "/users/" + id + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 204) {
            throw new IllegalStateException("Keycloak refused " + method + " " + path + " for " + username + ": "
                    + status);
        }
    }

    private static String adminToken(HttpClient http) throws IOException, InterruptedException {
        return Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + PORT + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=keycloak-it-admin")).build(), HttpResponse.BodyHandlers.ofString()).body()))
                .readObject().getString("access_token");
    }

    private static String userId(HttpClient http, String adminToken, String username)
            throws IOException, InterruptedException {
        return Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(URI.create(ADMIN_API
                + "/users?exact=true&username=" + username)).header("Authorization", "Bearer " + adminToken).build(),
                HttpResponse.BodyHandlers.ofString()).body())).readArray().getJsonObject(0).getString("id");
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
