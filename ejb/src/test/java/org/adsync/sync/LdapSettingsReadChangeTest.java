package org.adsync.sync;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which changes of the LDAP settings make the next read full: any of what the bind user may see (a read continued
 * from the old position would miss or misjudge users), and nothing else.
 */
class LdapSettingsReadChangeTest {

    private static LdapSettingsInput.Builder settings() {
        return new LdapSettingsInput.Builder().host("ldap.example.org").port(636).bindDn("cn=reader,dc=example,dc=org")
                .password("reader-secret").baseDn("dc=example,dc=org");
    }

    private static Optional<String> change(LdapSettingsInput.Builder before, LdapSettingsInput.Builder after) {
        return LdapSettings.of(before.build(), "encrypted").readChangedBy(LdapSettings.of(after.build(), "encrypted"));
    }

    @Test
    void anotherBindUserMakesTheNextReadFull() {
        assertEquals(Optional.of("the bind user changed since the last read"),
                change(settings(), settings().bindDn("cn=capped,dc=example,dc=org")));
    }

    @Test
    void eachSettingThatDecidesWhatIsReadIsNamed() {
        assertEquals(Optional.of("the server, base DN, filter, group and \"Disabled when\" filter changed since the "
                + "last read"), change(settings(), settings().host("ldap2.example.org").baseDn("ou=people,dc=example,"
                + "dc=org").filter("(objectClass=person)").groupDn("cn=staff,dc=example,dc=org")
                .disabledFilter("(pwdAccountLockedTime=*)")));
    }

    @Test
    void thePasswordPageSizeAndTimeoutsLeaveTheReadAsItIs() {
        assertEquals(Optional.empty(), change(settings(), settings().password("new-secret").pageSize(200)
                .connectTimeoutSeconds(5).responseTimeoutSeconds(30)));
    }
}
