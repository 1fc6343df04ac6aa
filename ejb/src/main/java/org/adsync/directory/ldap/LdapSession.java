package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.LDAPConnection;
import org.adsync.directory.CertificateObservation;
import org.adsync.directory.tls.RecordingTrustManager;

/** An open connection with what was learned while opening it; closing it closes the connection. */
record LdapSession(LDAPConnection connection, CertificateObservation certificate, RecordingTrustManager trust)
        implements AutoCloseable {

    @Override
    public void close() {
        connection.close();
    }
}
