package org.adsync.sync;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a held sync names as the likely cause: the settings that decide who is in scope, or count as disabled. */
class ScopeChangesTest {

    private static LdapSettingsInput.Builder settings() {
        return new LdapSettingsInput.Builder().host("ldap.example.org").bindDn("cn=reader,dc=example,dc=org")
                .baseDn("ou=people,dc=example,dc=org");
    }

    @Test
    void aNewDisabledWhenFilterIsNamedAsTheLikelyCause() {
        LdapSettings before = LdapSettings.of(settings().build(), "encrypted");

        Optional<String> cause = ScopeChanges.between(before,
                settings().disabledFilter("(employeeType=former)").build());

        assertEquals(Optional.of("the \"disabled when\" filter changed from none to '(employeeType=former)'"), cause);
    }

    @Test
    void settingsThatDecideNeitherScopeNorDisabledAreNoCause() {
        LdapSettings before = LdapSettings.of(settings().build(), "encrypted");

        assertEquals(Optional.empty(), ScopeChanges.between(before, settings().pageSize(100).build()));
    }
}
