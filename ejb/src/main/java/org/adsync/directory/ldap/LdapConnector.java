package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.SSLUtil;
import org.adsync.directory.CertificateObservation;
import org.adsync.directory.DirectoryException;
import org.adsync.directory.SslStatus;
import org.adsync.directory.tls.RecordingTrustManager;
import org.adsync.directory.tls.TrustedCertificates;

import java.security.GeneralSecurityException;
import java.time.Instant;

/**
 * Opens the connection to a directory: TCP, then TLS (LDAPS from the start, or StartTLS), then the bind. The
 * certificate chain is judged before the password is sent, so a password never goes to a server whose
 * certificate is untrusted or names another host.
 */
final class LdapConnector {

    private LdapConnector() {
    }

    /** Connected and protected, not yet bound. */
    static LdapSession connect(LdapConnectionSettings settings) throws DirectoryException {
        RecordingTrustManager trust;
        try {
            trust = TrustedCertificates.forDirectory(settings.trustedCertificatesPem());
        } catch (GeneralSecurityException e) {
            throw new DirectoryException("The trusted certificates of this configuration cannot be read: "
                    + e.getMessage() + ". Paste them again as PEM (-----BEGIN CERTIFICATE-----).", e);
        }
        LDAPConnection connection = null;
        try {
            SSLUtil ssl = new SSLUtil(trust);
            LDAPConnectionOptions options = options(settings);
            connection = switch (settings.transport()) {
                case LDAPS -> new LDAPConnection(ssl.createSSLSocketFactory(), options, settings.host(),
                        settings.port());
                case STARTTLS, PLAIN -> new LDAPConnection(options, settings.host(), settings.port());
            };
            if (settings.transport() == LdapTransport.STARTTLS) {
                ExtendedResult started = connection.processExtendedOperation(
                        new StartTLSExtendedRequest(ssl.createSSLContext()));
                if (started.getResultCode() != ResultCode.SUCCESS) {
                    throw new LDAPException(started);
                }
            }
            CertificateObservation certificate = settings.transport() == LdapTransport.PLAIN
                    ? new CertificateObservation(SslStatus.NOT_ENCRYPTED,
                    "Plain LDAP: the connection, the bind password included, is not encrypted.", null)
                    : CertificateInspector.inspect(trust.lastChain(), trust.lastChainTrusted(), settings.host(),
                    Instant.now());
            if (certificate.status().refusesBind()) {
                throw new DirectoryException(certificate.detail(), null, certificate);
            }
            return new LdapSession(connection, certificate, trust);
        } catch (LDAPException | GeneralSecurityException e) {
            close(connection);
            throw LdapFailures.explain(e, settings, trust, "connecting");
        } catch (DirectoryException e) {
            close(connection);
            throw e;
        }
    }

    /** Binds with the configured user: a DN, or user@domain (Active Directory accepts the UPN). */
    static void bind(LdapSession session, LdapConnectionSettings settings, char[] password) throws DirectoryException {
        if (password == null || password.length == 0) {
            throw new DirectoryException("No bind password is stored: enter it in Setup.", null);
        }
        try {
            session.connection().bind(new SimpleBindRequest(settings.bindDn(), new String(password)));
        } catch (LDAPException e) {
            throw LdapFailures.explain(e, settings, session.trust(), "binding as " + settings.bindDn());
        }
    }

    static LdapSession open(LdapConnectionSettings source) throws DirectoryException {
        LdapSession session = connect(source);
        try {
            bind(session, source, source.bindPassword());
            return session;
        } catch (DirectoryException e) {
            session.close();
            throw e;
        }
    }

    private static LDAPConnectionOptions options(LdapConnectionSettings settings) {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(settings.connectTimeoutSeconds() * 1000);
        options.setResponseTimeoutMillis(settings.responseTimeoutSeconds() * 1000L);
        options.setAbandonOnTimeout(true);
        // A domain's root returns referrals to other naming contexts, naming hosts that may not resolve here.
        options.setFollowReferrals(false);
        return options;
    }

    private static void close(LDAPConnection connection) {
        if (connection != null) {
            connection.close();
        }
    }
}
