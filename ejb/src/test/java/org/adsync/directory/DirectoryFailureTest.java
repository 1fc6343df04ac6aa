package org.adsync.directory;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The kinds an operator counts failed syncs by: few, stable, and taken from the real cause. */
class DirectoryFailureTest {

    @Test
    void anLdapFailureIsCountedByItsResultCode() {
        DirectoryException wrongPassword = new DirectoryException("The password was refused",
                new LDAPException(ResultCode.INVALID_CREDENTIALS, "80090308: LdapErr: DSID-0C09044E"));
        assertEquals(new DirectoryFailure(DirectoryType.LDAP, "invalid_credentials"),
                DirectoryFailure.of(DirectoryType.LDAP, wrongPassword));
    }

    @Test
    void theFirstCauseThatTellsAKindWins() {
        DirectoryException unreachable = new DirectoryException("dc1 did not answer",
                new LDAPException(ResultCode.CONNECT_ERROR, "connect failed", new ConnectException("refused")));
        assertEquals("connect_error", DirectoryFailure.of(DirectoryType.LDAP, unreachable).kind());
        assertEquals("tls", DirectoryFailure.of(DirectoryType.LDAP, new DirectoryException("untrusted",
                new SSLHandshakeException("PKIX path building failed"))).kind());
        assertEquals("unknown_host", DirectoryFailure.of(DirectoryType.AZURE, new DirectoryException("no host",
                new RuntimeException(new UnknownHostException("graph.example")))).kind());
    }

    @Test
    void aFailureWithoutAKnownCauseIsOther() {
        assertEquals("other", DirectoryFailure.of(DirectoryType.LDAP, new DirectoryException("odd", null)).kind());
    }
}
