package org.adsync.directory.ldap.activedirectory;

import org.adsync.demo.directory.ActiveDirectoryUser;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActiveDirectoryTest {

    @Test
    void objectGuidBytesReadAsTheGuidThatActiveDirectoryShows() {
        byte[] stored = {0x04, 0x03, 0x02, 0x01, 0x06, 0x05, 0x08, 0x07,
                0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10};

        assertEquals("01020304-0506-0708-090a-0b0c0d0e0f10", ActiveDirectory.guidOf(stored));
        UUID any = UUID.randomUUID();
        assertEquals(any.toString(), ActiveDirectory.guidOf(ActiveDirectoryUser.guidBytes(any)));
        assertThrows(IllegalArgumentException.class, () -> ActiveDirectory.guidOf(new byte[15]));
        assertArrayEquals(stored, ActiveDirectory.objectGuidOf("01020304-0506-0708-090a-0b0c0d0e0f10"),
                "a GUID searched for by its binary value is the one read");
    }

    @Test
    void disabledIsBitTwoOfUserAccountControlWhateverElseIsSet() {
        assertTrue(ActiveDirectory.isDisabled("514"));
        assertTrue(ActiveDirectory.isDisabled("66050"));
        assertTrue(ActiveDirectory.isDisabled("546"));
        assertFalse(ActiveDirectory.isDisabled("512"));
        assertFalse(ActiveDirectory.isDisabled("66048"));
        assertFalse(ActiveDirectory.isDisabled(null));
        assertFalse(ActiveDirectory.isDisabled("garbage"));
    }

    @Test
    void nestedMembershipUsesTheInChainRuleWithTheGroupDnEscaped() {
        assertEquals("(memberOf:1.2.840.113556.1.4.1941:=CN=Sales \\28EMEA\\29,OU=Groups,DC=x)",
                ActiveDirectory.memberOfGroupInChain("CN=Sales (EMEA),OU=Groups,DC=x").toString());
    }

    @Test
    void bindDataCodesAreTranslated() {
        String invalidPassword = "80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, "
                + "data 52e, v4563";
        assertTrue(ActiveDirectory.explainBindFailure(invalidPassword).orElseThrow()
                .startsWith("the password is wrong"));
        assertTrue(ActiveDirectory.explainBindFailure("... data 775, v4563").orElseThrow().contains("locked out"));
        assertTrue(ActiveDirectory.explainBindFailure("... data 532, v4563").orElseThrow().contains("expired"));
        assertTrue(ActiveDirectory.explainBindFailure("... data 773, v4563").orElseThrow().contains("must change"));
        assertTrue(ActiveDirectory.explainBindFailure("no code here").isEmpty());
    }
}
