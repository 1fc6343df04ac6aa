package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import org.adsync.directory.CertificateObservation;
import org.adsync.directory.DirectoryException;
import org.adsync.directory.ldap.activedirectory.ActiveDirectory;
import org.adsync.directory.tls.RecordingTrustManager;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Instant;
import javax.net.ssl.SSLException;

/** Turns what the LDAP SDK throws into a sentence that tells the admin what failed and what to do. */
final class LdapFailures {

    /** The longest part of a server's diagnostic a message repeats. */
    static final int MAX_SERVER_TEXT = 160;

    private LdapFailures() {
    }

    static DirectoryException explain(Exception e, LdapConnectionSettings settings, RecordingTrustManager trust,
                                      String doing) {
        String where = settings.host() + ":" + settings.port();
        Throwable cause = rootCause(e);
        if (trust != null && trust.lastChain() != null) {
            CertificateObservation certificate = CertificateInspector.inspect(trust.lastChain(),
                    trust.lastChainTrusted(), settings.host(), Instant.now());
            if (certificate.status().refusesBind()) {
                return new DirectoryException(certificate.detail(), e, certificate);
            }
        }
        if (cause instanceof UnknownHostException) {
            return new DirectoryException("The host name " + settings.host() + " cannot be resolved from this server. "
                    + "Check the spelling, or enter the domain controller's IP address.", e);
        }
        if (cause instanceof ConnectException) {
            return new DirectoryException("Connection refused at " + where + ": is port " + settings.port()
                    + " open to this server, and is the directory listening on it?", e);
        }
        if (cause instanceof NoRouteToHostException) {
            return new DirectoryException("No route to " + where + ": the network or a firewall blocks it.", e);
        }
        if (cause instanceof SocketTimeoutException) {
            return new DirectoryException("No answer from " + where + " within the timeout while " + doing
                    + ": a firewall may be dropping the connection, or the server is overloaded.", e);
        }
        if (cause instanceof SSLException) {
            String hint = settings.transport() == LdapTransport.LDAPS
                    ? " Is " + settings.port() + " the LDAPS port (636 on Active Directory)? For StartTLS choose port "
                            + "389."
                    : " Does the server support StartTLS with a certificate?";
            return new DirectoryException("The TLS handshake with " + where + " failed: " + cause.getMessage() + "."
                    + hint, e);
        }
        if (e instanceof LDAPException ldap) {
            return new DirectoryException(explain(ldap, settings, doing), e);
        }
        return new DirectoryException("Could not reach the directory at " + where + " while " + doing + ": "
                + e.getMessage(), e);
    }

    /** adsync's own sentence first, then what the server said, cut short: see {@link #serverSaid}. */
    private static String explain(LDAPException e, LdapConnectionSettings settings, String doing) {
        return explanation(e, settings, doing) + serverSaid(e.getDiagnosticMessage());
    }

    private static String explanation(LDAPException e, LdapConnectionSettings settings, String doing) {
        ResultCode code = e.getResultCode();
        if (code == ResultCode.INVALID_CREDENTIALS) {
            return ActiveDirectory.explainBindFailure(e.getDiagnosticMessage())
                    .map(meaning -> "The directory refused the bind: " + meaning + ".")
                    .orElse("The directory refused the bind user or password. Check the bind DN (or user@domain) "
                            + "and enter the password again.");
        }
        if (code == ResultCode.FILTER_ERROR) {
            return "The LDAP filter is not valid. Check its parentheses and attribute names.";
        }
        if (code == ResultCode.NO_SUCH_OBJECT) {
            return "The base DN " + settings.baseDn() + " (or the group) does not exist in the directory. Copy it "
                    + "from the directory's distinguishedName attribute.";
        }
        if (code == ResultCode.INVALID_DN_SYNTAX) {
            return "A DN in the settings is not valid. Check the base DN, group DN and bind user.";
        }
        if (code == ResultCode.INSUFFICIENT_ACCESS_RIGHTS) {
            return "The bind user may not read the users. Give it read access to the base DN.";
        }
        if (code == ResultCode.CONFIDENTIALITY_REQUIRED || code == ResultCode.STRONG_AUTH_REQUIRED) {
            return "The directory requires an encrypted connection: choose LDAPS or StartTLS.";
        }
        if (code == ResultCode.TIMEOUT || code == ResultCode.TIME_LIMIT_EXCEEDED) {
            return "The directory did not answer in time while " + doing
                    + ". Narrow the filter, or raise the response timeout.";
        }
        if (code == ResultCode.SIZE_LIMIT_EXCEEDED) {
            return "The directory stopped the search at its size limit. Raise the bind user's size limit (OpenLDAP: "
                    + "olcLimits size; 389 DS: nsSizeLimit), or narrow the search.";
        }
        if (code == ResultCode.BUSY || code == ResultCode.UNAVAILABLE || code == ResultCode.SERVER_DOWN
                || code == ResultCode.CONNECT_ERROR) {
            return "The directory at " + settings.host() + ":" + settings.port() + " is unavailable while " + doing
                    + ". Try again later; if it persists, check that the server is running.";
        }
        return "The directory answered \"" + code.getName() + "\" while " + doing + ".";
    }

    /**
     * The server's own diagnostic, after adsync's explanation and never instead of it: its first line, without
     * the source locations some servers append (Samba: "at ../../source4/dsdb/...c:967"), at most
     * {@value #MAX_SERVER_TEXT} characters.
     */
    static String serverSaid(String diagnostic) {
        if (diagnostic == null || diagnostic.isBlank()) {
            return "";
        }
        String text = diagnostic.strip().lines().findFirst().orElse("")
                .replaceAll("\\s+at\\s+\\S*[/\\\\]\\S+:\\d+\\S*", "").strip();
        if (text.length() > MAX_SERVER_TEXT) {
            text = text.substring(0, MAX_SERVER_TEXT) + "…";
        }
        return text.isEmpty() ? "" : " The directory said: \"" + text + "\"";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
