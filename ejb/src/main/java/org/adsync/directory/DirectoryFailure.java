package org.adsync.directory;

import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.kiota.ApiException;
import com.unboundid.ldap.sdk.LDAPException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * A sync that failed because its directory could not be read, by kind: a short, bounded label an operator can
 * count and alert on (the admin's message says the rest). Fired by the sync engine.
 */
public record DirectoryFailure(DirectoryType directoryType, String kind) {

    /** The kind of the first cause that tells one: an LDAP result code, a Graph or token HTTP status, the network. */
    public static DirectoryFailure of(DirectoryType directoryType, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String kind = kindOf(cause);
            if (kind != null) {
                return new DirectoryFailure(directoryType, kind);
            }
        }
        return new DirectoryFailure(directoryType, "other");
    }

    private static String kindOf(Throwable cause) {
        if (cause instanceof LDAPException ldap) {
            return ldap.getResultCode().getName().toLowerCase(Locale.ROOT).replace(' ', '_');
        }
        if (cause instanceof MsalServiceException token) {
            return "token_" + (token.errorCode() == null ? token.statusCode() : token.errorCode());
        }
        if (cause instanceof ApiException graph) {
            return "http_" + graph.getResponseStatusCode();
        }
        if (cause instanceof SSLException) {
            return "tls";
        }
        if (cause instanceof UnknownHostException) {
            return "unknown_host";
        }
        if (cause instanceof ConnectException) {
            return "connection_refused";
        }
        if (cause instanceof SocketTimeoutException) {
            return "timeout";
        }
        return null;
    }
}
