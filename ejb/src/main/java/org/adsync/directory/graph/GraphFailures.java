package org.adsync.directory.graph;

import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;
import org.adsync.directory.DirectoryException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Turns what azure-identity and the Graph SDK throw into sentences an admin can act on, each saying whether it
 * happened while getting the token or while calling Graph. The SDK's exception stays chained for the log.
 */
final class GraphFailures {

    /** Where in a read or test a failure happened. */
    enum Phase { TOKEN, GRAPH }

    static final String PERMISSIONS = "In the Entra admin center, open App registrations > the app > API permissions, "
            + "add the Microsoft Graph application permissions User.Read.All and GroupMember.Read.All, and select "
            + "'Grant admin consent'.";

    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

    private GraphFailures() {
    }

    static DirectoryException explain(Exception e, Phase phase, GraphTenant settings, String doing) {
        String where = phase == Phase.TOKEN
                ? "While getting a token from " + settings.loginHost()
                : "While calling Microsoft Graph at " + settings.graphHost() + " (" + doing + ")";
        return new DirectoryException(where + ": " + reason(e, phase, settings), e);
    }

    private static String reason(Exception e, Phase phase, GraphTenant settings) {
        String host = phase == Phase.TOKEN ? settings.loginHost() : settings.graphHost();
        Optional<String> network = network(e, host);
        if (network.isPresent()) {
            return network.get();
        }
        if (phase == Phase.TOKEN) {
            return signInRefused(e, settings);
        }
        ODataError error = find(e, ODataError.class);
        if (error != null) {
            return graphRefused(error, settings);
        }
        ApiException api = find(e, ApiException.class);
        if (api != null) {
            return "Microsoft Graph answered HTTP " + api.getResponseStatusCode() + ". Try again; if it persists, "
                    + "check the Graph host and Microsoft's service health.";
        }
        return "the request failed (" + e.getClass().getSimpleName() + "). Details are in the server log.";
    }

    private static String signInRefused(Exception e, GraphTenant settings) {
        String text = messages(e);
        Matcher code = AADSTS.matcher(text);
        if (!code.find()) {
            return "Entra ID refused the sign-in. Check the tenant ID, application (client) ID and secret. Details "
                    + "are in the server log.";
        }
        return switch (code.group(1)) {
            case "7000215" -> "the client secret is wrong (AADSTS7000215). Enter the secret's Value, shown once "
                    + "when it was created, not its Secret ID; if the Value is lost, create a new secret.";
            case "7000222" -> "the client secret has expired (AADSTS7000222). Create a new client secret under "
                    + "App registrations > the app > Certificates & secrets, enter its Value here and its new "
                    + "expiry date.";
            case "700016" -> "no application with the client ID " + settings.clientId() + " in tenant "
                    + settings.tenantId() + " (AADSTS700016). Check the Application (client) ID on the app "
                    + "registration's Overview, and that the app is registered in this tenant or consented to in it.";
            case "90002" -> "the tenant " + settings.tenantId() + " was not found in the " + settings.cloud().label()
                    + " cloud (AADSTS90002). Check the tenant ID (Entra admin center > Overview) and the cloud.";
            case "700027", "7000218", "700024" -> "Entra ID refused the client credentials (AADSTS" + code.group(1)
                    + "). Check the client secret and that the app registration allows the client-credentials flow.";
            default -> "Entra ID refused the sign-in (AADSTS" + code.group(1) + "): " + firstSentence(text, code);
        };
    }

    private static String graphRefused(ODataError error, GraphTenant settings) {
        int status = error.getResponseStatusCode();
        String code = error.getError() == null ? null : error.getError().getCode();
        String message = error.getError() == null ? null : error.getError().getMessage();
        if (status == 403 || "Authorization_RequestDenied".equals(code)) {
            return "the app registration may not read the directory (403 " + (code == null ? "Forbidden" : code)
                    + "). " + PERMISSIONS;
        }
        if (status == 401) {
            return "Graph refused the token (401" + (code == null ? "" : " " + code) + "). Check that the tenant and "
                    + "cloud are right for this app registration.";
        }
        if (status == 404 && settings.groupId() != null) {
            return "no group with the object ID " + settings.groupId() + " in this tenant (404). Copy the group's "
                    + "Object ID from Entra admin center > Groups, or leave the group empty to sync every user.";
        }
        if (status == 429 || status == 503 || status == 504) {
            return "Microsoft Graph kept throttling or was unavailable (" + status + ") after 3 retries that waited "
                    + "as it asked. Nothing was deactivated; the next sync tries again. If it keeps happening, sync "
                    + "this organization less often.";
        }
        return "Microsoft Graph answered " + status + (code == null ? "" : " " + code)
                + (message == null ? "" : ": " + message);
    }

    private static Optional<String> network(Throwable e, String host) {
        if (find(e, UnknownHostException.class) != null) {
            return Optional.of("the host " + host + " could not be found. Check the cloud (or the hosts entered) "
                    + "and this server's DNS.");
        }
        if (find(e, ConnectException.class) != null) {
            // "Other hosts" may name a port of their own; Microsoft's hosts are on 443
            String https = host.contains(":") ? "HTTPS" : "HTTPS (port 443)";
            return Optional.of("could not connect to " + host + ". This server needs outbound " + https + " to "
                    + host + "; check the firewall and proxy.");
        }
        if (find(e, SocketTimeoutException.class) != null) {
            return Optional.of(host + " did not answer in time. Check the network path to it, then try again.");
        }
        if (find(e, SSLPeerUnverifiedException.class) != null) {
            return Optional.of("the certificate of " + host + " does not name that host. If a proxy inspects TLS, "
                    + "it must present a certificate for " + host + ".");
        }
        CertificateExpiredException expired = find(e, CertificateExpiredException.class);
        if (expired != null) {
            return Optional.of("the certificate of " + host + " has expired (" + expired.getMessage() + "), so "
                    + "no secret was sent. Renew it, or trust the proxy's new certificate.");
        }
        if (find(e, CertificateException.class) != null || find(e, SSLException.class) != null) {
            return Optional.of("the TLS connection to " + host + " failed: its certificate is not trusted or the "
                    + "handshake was refused. If a proxy inspects TLS, add its CA certificate to the trusted "
                    + "certificates.");
        }
        if (find(e, IOException.class) != null) {
            return Optional.of("the connection to " + host + " broke off before an answer came. Check the network "
                    + "path and any proxy, then try again.");
        }
        return Optional.empty();
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append('\n');
            }
        }
        return all.toString();
    }

    /** Microsoft's own sentence after the code, without the trace and correlation ids that follow it. */
    private static String firstSentence(String text, Matcher code) {
        String rest = text.substring(code.end()).replaceFirst("^[:\\s]+", "");
        int end = rest.indexOf(". ");
        int line = rest.indexOf('\n');
        int cut = end < 0 ? line : line < 0 ? end + 1 : Math.min(end + 1, line);
        String sentence = cut < 0 ? rest : rest.substring(0, cut);
        return sentence.length() > 300 ? sentence.substring(0, 300) + "…" : sentence;
    }
}
