package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ResultCode;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.LdapSettingsInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** adsync's explanation comes first; what the server said follows, short and without its source locations. */
class LdapFailuresTest {

    private static final LdapConnectionSettings SETTINGS = LdapSettings.of(new LdapSettingsInput.Builder()
            .host("dc1.samba.example").bindDn("svc@samba.example").baseDn("DC=samba,DC=example").build(), "x")
            .connection(null);

    @Test
    void sambasInternalsComeAfterTheExplanationWithoutTheSourceFile() {
        LDAPException denied = new LDAPException(new LDAPResult(1, ResultCode.INSUFFICIENT_ACCESS_RIGHTS, "acl_read: "
                + "Error retrieving instanceType for base. at ../../source4/dsdb/samdb/ldb_modules/acl_read.c:967",
                null, (String[]) null, (Control[]) null));

        String message = LdapFailures.explain(denied, SETTINGS, null, "reading the users").getMessage();

        assertEquals("The bind user may not read the users. Give it read access to the base DN. The directory said: "
                + "\"acl_read: Error retrieving instanceType for base.\"", message);
    }

    @Test
    void aLongOrMultiLineDiagnosticIsCutShort() {
        String said = LdapFailures.serverSaid("x".repeat(1000) + "\nsecond line");

        assertTrue(said.length() < LdapFailures.MAX_SERVER_TEXT + 30, said);
        assertFalse(said.contains("second line"));
        assertEquals("", LdapFailures.serverSaid("  "));
    }
}
