package org.adsync.demo.directory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A Microsoft Entra ID tenant over HTTPS on loopback: the v2.0 token endpoint (client credentials) and the parts of
 * Microsoft Graph v1.0 that adsync reads (users with paging and $count, the users delta query, groups and their
 * transitive user members), answering with Microsoft's shapes and error codes. Failures can be switched on (a
 * missing permission, throttling, an expired secret, forgotten delta tokens) so that each message adsync gives can
 * be tried without a real tenant. Every request is recorded.
 */
public final class EntraLookAlike implements AutoCloseable {

    private static final String GRAPH = "/v1.0";
    /** The demo tenant runs for days: only the latest requests are kept. */
    private static final int REQUESTS_KEPT = 1000;

    private final HttpsServer server;
    private final ExecutorService executor;
    private final DemoCertificate certificate;
    private final String tenantId;
    private final String domain;
    private final String clientId;
    private final String secret;
    private final EntraTenant tenant = new EntraTenant();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttledRequests = new AtomicInteger();
    private volatile String retryAfter = "1";
    private volatile boolean secretExpired;
    private volatile boolean permissionDenied;
    /** Open unless a test holds Graph's answers; a held answer waits at most a minute, so a forgotten gate fails. */
    private volatile CountDownLatch graphGate = new CountDownLatch(0);

    private EntraLookAlike(HttpsServer server, ExecutorService executor, DemoCertificate certificate, String tenantId,
                           String domain, String clientId, String secret) {
        this.server = server;
        this.executor = executor;
        this.certificate = certificate;
        this.tenantId = tenantId;
        this.domain = domain;
        this.clientId = clientId;
        this.secret = secret;
    }

    /** Starts on a free loopback port with the certificate kept in (or first generated into) the key store. */
    public static EntraLookAlike start(Path keyStore, String tenantId, String domain, String clientId, String secret)
            throws IOException, GeneralSecurityException {
        return start(keyStore, 0, tenantId, domain, clientId, secret);
    }

    /** Starts on that loopback port (0: any free one). */
    public static EntraLookAlike start(Path keyStore, int port, String tenantId, String domain, String clientId,
                                       String secret) throws IOException, GeneralSecurityException {
        DemoCertificate certificate = DemoCertificate.loadOrCreate(keyStore);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificate.keyStore())) {
            store.load(in, certificate.keyStorePassword());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, certificate.keyStorePassword());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        ExecutorService executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        EntraLookAlike lookAlike = new EntraLookAlike(server, executor, certificate, tenantId, domain, clientId,
                secret);
        server.createContext("/", lookAlike::handle);
        server.start();
        return lookAlike;
    }

    /** Host and port, as the Setup tab's "Other hosts" takes them for both sign-in and Graph. */
    public String host() {
        return "localhost:" + server.getAddress().getPort();
    }

    public String certificatePem() throws GeneralSecurityException, IOException {
        return LookAlikeDirectory.pemOf(certificate);
    }

    public String domain() {
        return domain;
    }

    public void put(EntraUser user) {
        tenant.put(user);
    }

    /** Adds the users made up from their index, as a tenant of that size. */
    public void putAll(int count, IntFunction<EntraUser> user) {
        for (int i = 0; i < count; i++) {
            tenant.put(user.apply(i));
        }
    }

    /**
     * Changes a user as Graph reports it under {@code Prefer: return=minimal}: later delta rounds carry only the id
     * and these properties (by their Graph names) of it.
     */
    public void change(EntraUser user, String... properties) {
        tenant.change(user, Set.of(properties));
    }

    public void remove(String userId) {
        tenant.remove(userId);
    }

    /** A group; a member id that is not a user's names a nested group. */
    public void putGroup(String id, String name, List<String> memberIds) {
        tenant.putGroup(id, name, memberIds);
    }

    public void forgetDeltaTokens() {
        tenant.forgetDeltaTokens();
    }

    public void expireSecret(boolean expired) {
        secretExpired = expired;
    }

    public void denyPermission(boolean denied) {
        permissionDenied = denied;
    }

    /** The next {@code times} Graph requests answer 429 with this Retry-After. */
    public void throttle(int times, String retryAfterSeconds) {
        retryAfter = retryAfterSeconds;
        throttledRequests.set(times);
    }

    /** Graph's answers wait from now on until {@link #releaseGraph()}: a sync stays running while a test acts. */
    public void holdGraph() {
        graphGate = new CountDownLatch(1);
    }

    public void releaseGraph() {
        graphGate.countDown();
    }

    /** "METHOD path?query" of the latest requests (up to 1000), decoded, oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
            requests.add(exchange.getRequestMethod() + " " + path
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + decode(exchange.getRequestURI()
                    .getRawQuery())));
            if (requests.size() > REQUESTS_KEPT) {
                requests.remove(0);
            }
            if (path.endsWith("/oauth2/v2.0/token") && "POST".equals(exchange.getRequestMethod())) {
                token(exchange, path.substring(1, path.indexOf('/', 1)));
            } else if (path.startsWith(GRAPH + "/")) {
                graph(exchange, path.substring(GRAPH.length()), query);
            } else {
                send(exchange, 404, GraphJson.error("NotFound", "No such endpoint in the look-alike: " + path));
            }
        } catch (RuntimeException e) {
            send(exchange, 500, GraphJson.error("InternalServerError", String.valueOf(e)));
        }
    }

    private void token(HttpExchange exchange, String tenantInPath) throws IOException {
        Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        if (!tenantId.equalsIgnoreCase(tenantInPath) && !domain.equalsIgnoreCase(tenantInPath)) {
            signInError(exchange, 400, "invalid_request", 90002, "Tenant '" + tenantInPath + "' not found. Check to "
                    + "make sure you have the correct tenant ID and are signing into the correct cloud.");
        } else if (!clientId.equalsIgnoreCase(form.get("client_id"))) {
            signInError(exchange, 400, "unauthorized_client", 700016, "Application with identifier '"
                    + form.get("client_id") + "' was not found in the directory '" + domain + "'.");
        } else if (!secret.equals(form.get("client_secret"))) {
            signInError(exchange, 401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the "
                    + "secret being sent in the request is the client secret value, not the client secret ID.");
        } else if (secretExpired) {
            signInError(exchange, 401, "invalid_client", 7000222, "The provided client secret keys for app '"
                    + clientId + "' are expired.");
        } else {
            String token = "look-alike-" + UUID.randomUUID();
            issuedTokens.add(token);
            send(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                    + "\"access_token\":\"" + token + "\"}");
        }
    }

    private void signInError(HttpExchange exchange, int status, String error, int code, String description)
            throws IOException {
        send(exchange, status, "{\"error\":\"" + error + "\",\"error_description\":" + GraphJson.quoted("AADSTS" + code
                + ": " + description + " Trace ID: " + UUID.randomUUID()) + ",\"error_codes\":[" + code + "]}");
    }

    private void graph(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !issuedTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
            send(exchange, 401, GraphJson.error("InvalidAuthenticationToken", "Access token is empty."));
            return;
        }
        pause();
        if (throttledRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
            send(exchange, 429, GraphJson.error("TooManyRequests", "Too many requests."));
            return;
        }
        if (permissionDenied) {
            send(exchange, 403, GraphJson.error("Authorization_RequestDenied",
                    "Insufficient privileges to complete the operation."));
            return;
        }
        String[] parts = path.substring(1).split("/");
        boolean countWanted = "true".equals(query.get("$count"))
                && "eventual".equals(exchange.getRequestHeaders().getFirst("ConsistencyLevel"));
        if (path.equals("/users")) {
            List<EntraUser> users = tenant.users();
            if ("userType eq 'Member'".equals(query.get("$filter"))) {
                users.removeIf(u -> !"Member".equals(u.userType()));
            }
            collection(exchange, path, query, users, countWanted);
        } else if (path.equals("/users/delta()") || path.equals("/users/delta")) {
            delta(exchange, query);
        } else if (parts.length == 2 && parts[0].equals("groups")) {
            String name = tenant.groupName(parts[1]);
            if (name == null) {
                groupNotFound(exchange, parts[1]);
            } else {
                send(exchange, 200, "{\"id\":" + GraphJson.quoted(parts[1]) + ",\"displayName\":"
                        + GraphJson.quoted(name) + "}");
            }
        } else if (parts.length == 4 && parts[0].equals("groups") && parts[2].equals("transitiveMembers")
                && (parts[3].equals("graph.user") || parts[3].equals("microsoft.graph.user"))) {
            if (tenant.groupName(parts[1]) == null) {
                groupNotFound(exchange, parts[1]);
            } else {
                collection(exchange, path, query, tenant.transitiveUsers(parts[1]), countWanted);
            }
        } else {
            send(exchange, 400, GraphJson.error("BadRequest", "Resource not found for the segment '" + path + "'."));
        }
    }

    private void pause() {
        try {
            graphGate.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void groupNotFound(HttpExchange exchange, String id) throws IOException {
        send(exchange, 404, GraphJson.error("Request_ResourceNotFound", "Resource '" + id + "' does not exist or one "
                + "of its queried reference-property objects are not present."));
    }

    /** A plain collection, paged by $top (100 by default, as Graph) with an offset in the skip token. */
    private void collection(HttpExchange exchange, String path, Map<String, String> query, List<EntraUser> users,
                            boolean countWanted) throws IOException {
        int top = Math.min(999, Integer.parseInt(query.getOrDefault("$top", "100")));
        int offset = Integer.parseInt(query.getOrDefault("$skiptoken", "0"));
        int end = Math.min(users.size(), offset + top);
        String next = end < users.size() ? link(path, "$top=" + top + "&$skiptoken=" + end) : null;
        send(exchange, 200, GraphJson.page(map(users.subList(offset, end), GraphJson::user), next, null,
                countWanted ? (long) users.size() : null));
    }

    /**
     * The users delta query. A first round pages through every user (skip token "offset.token"); a round from a
     * delta token pages through the users changed since (skip token "offset.from.to"). Each round ends with a delta
     * link holding the log position at which it began.
     */
    private void delta(HttpExchange exchange, Map<String, String> query) throws IOException {
        int pageSize = pageSize(exchange);
        String skip = query.get("$skiptoken");
        String deltaToken = query.get("$deltatoken");
        long deltaPosition = deltaToken == null ? -1 : tenant.positionOf(deltaToken);
        if (deltaToken != null && deltaPosition < 0) {
            send(exchange, 410, GraphJson.error("syncStateNotFound", "The sync state generation is not found."));
            return;
        }
        List<String> values;
        int offset;
        int total;
        String round;
        long endToken;
        if (deltaToken != null || (skip != null && skip.split("\\.").length == 3)) {
            String[] state = skip != null ? skip.split("\\.") : new String[] {"0", String.valueOf(deltaPosition),
                    String.valueOf(tenant.position())};
            offset = Integer.parseInt(state[0]);
            endToken = Long.parseLong(state[2]);
            List<EntraTenant.Changed> changed = tenant.changedBetween(Long.parseLong(state[1]), endToken);
            total = changed.size();
            values = map(changed.subList(offset, Math.min(total, offset + pageSize)),
                    c -> c.user() == null ? GraphJson.removed(c.id()) : GraphJson.user(c.user(), c.properties()));
            round = state[1] + "." + state[2];
        } else {
            String[] state = skip != null ? skip.split("\\.") : new String[] {"0",
                    String.valueOf(tenant.position())};
            offset = Integer.parseInt(state[0]);
            endToken = Long.parseLong(state[1]);
            List<EntraUser> users = tenant.users();
            total = users.size();
            values = map(users.subList(offset, Math.min(total, offset + pageSize)), GraphJson::user);
            round = state[1];
        }
        int end = offset + values.size();
        String next = end < total ? link("/users/delta()", "$skiptoken=" + end + "." + round) : null;
        String deltaLink = next == null ? link("/users/delta()", "$deltatoken=" + tenant.token(endToken)) : null;
        send(exchange, 200, GraphJson.page(values, next, deltaLink, null));
    }

    /** Graph's delta pages follow the Prefer: odata.maxpagesize header (100 without it). */
    private static int pageSize(HttpExchange exchange) {
        String prefer = exchange.getRequestHeaders().getFirst("Prefer");
        if (prefer != null && prefer.startsWith("odata.maxpagesize=")) {
            return Math.min(999, Integer.parseInt(prefer.substring("odata.maxpagesize=".length()).strip()));
        }
        return 100;
    }

    private String link(String path, String query) {
        return "https://" + host() + GRAPH + path + "?" + query;
    }

    private static <T> List<String> map(List<T> items, Function<T, String> json) {
        List<String> out = new ArrayList<>(items.size());
        items.forEach(item -> out.add(json.apply(item)));
        return out;
    }

    private static Map<String, String> parameters(String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                parameters.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(
                        pair.substring(eq + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
