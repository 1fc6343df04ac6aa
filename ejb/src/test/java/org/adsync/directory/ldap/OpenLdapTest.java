package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchScope;
import org.adsync.demo.directory.OpenLdapServer;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.FieldProblem;
import org.adsync.directory.ReadResult;
import org.adsync.sync.LdapSettingsInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.adsync.demo.directory.OpenLdapServer.SUFFIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The LDAP adapter against a real OpenLDAP (see {@link OpenLdapServer}), over StartTLS: what the in-memory server
 * cannot show, namely slapd's size limits on paged searches, its entryUUIDs, its password policy locks and its
 * evaluation of a sync's "disabled when" filter.
 */
class OpenLdapTest {

    private static final String PEOPLE = "ou=people," + SUFFIX;
    private static final int USERS = 120;

    @TempDir
    static Path dir;

    static OpenLdapServer slapd;

    @BeforeAll
    static void startSlapd() throws Exception {
        slapd = OpenLdapServer.start(dir);
        try (LDAPConnection admin = slapd.admin()) {
            admin.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
            for (int i = 0; i < USERS; i++) {
                admin.add("dn: " + dn(i), "objectClass: inetOrgPerson", "uid: " + uid(i), "cn: Person " + i,
                        "givenName: Person", "sn: Number" + i, "mail: " + uid(i) + "@example.org",
                        "userPassword: password-" + i, "employeeType: " + (i == 2 ? "former" : "staff"));
            }
            admin.add("dn: cn=team," + SUFFIX, "objectClass: groupOfNames", "cn: team", "member: " + dn(4),
                    "member: " + dn(5), "member: cn=staff," + SUFFIX);
            admin.add("dn: cn=staff," + SUFFIX, "objectClass: groupOfNames", "cn: staff", "member: " + dn(3),
                    "member: cn=team," + SUFFIX);
            // an administrator's lock, which ends only when an administrator lifts it
            admin.modify("dn: " + dn(0), "changetype: modify", "add: pwdAccountLockedTime",
                    "pwdAccountLockedTime: 000001010000Z");
        }
        slapd.lockOutByFailedPasswords(dn(1));
    }

    @AfterAll
    static void stopSlapd() throws Exception {
        if (slapd != null) {
            slapd.close();
        }
    }

    @Test
    void pagesPastTheServersSizeLimitOverStartTlsWithEntryUuidAsTheAnchor() throws Exception {
        List<Integer> pages = new ArrayList<>();
        List<DirectoryEntry> read = TestDirectories.readAll(new LdapDirectoryReader(),
                TestDirectories.source(settings().pageSize(20).build()), pages);

        assertEquals(USERS, read.size(), "the size limit is " + OpenLdapServer.SIZE_LIMIT + "; paging reads past it");
        assertEquals(List.of(20, 20, 20, 20, 20, 20), pages);
        Map<String, String> uuids = entryUuids();
        assertTrue(read.stream().allMatch(e -> e.anchor().equals(uuids.get(e.dn()))),
                "the anchor is slapd's entryUUID");
        DirectoryEntry seven = read.stream().filter(e -> e.dn().equals(dn(7))).findFirst().orElseThrow();
        assertEquals(List.of("user007", "Person 7", "Number7", "user007@example.org"),
                List.of(seven.accountName(), seven.displayName(), seven.lastName(), seven.email()));
    }

    @Test
    void testConnectionSaysStartTlsWorkedAndCountsTheUsersTheLockedAndTheDisabled() {
        ConnectionTestReport report = new LdapDirectoryReader().testConnection(TestDirectories.source(
                settings().build()));

        assertTrue(report.succeeded(), report.steps().toString());
        assertNotNull(report.certificate(), "the certificate StartTLS negotiated is observed");
        String usersInScope = report.steps().get(report.steps().size() - 1).detail();
        assertTrue(usersInScope.startsWith(USERS + " users in scope (" + (USERS - 1) + " enabled, 1 disabled) on this "
                + "LDAP server"), usersInScope);
        assertTrue(usersInScope.contains("1 of them is locked after failed passwords"), usersInScope);
        assertTrue(usersInScope.contains("Every sync reads every user: the server offers no content synchronization"),
                usersInScope);
    }

    @Test
    void anAdministratorsLockDisablesAndALockoutAfterFailedPasswordsDoesNot() throws Exception {
        Map<String, DirectoryEntry> read = readByDn(settings());

        assertTrue(read.get(dn(0)).disabled(), "pwdAccountLockedTime 000001010000Z");
        assertFalse(read.get(dn(1)).disabled(), "locked by two wrong passwords: a security measure, not a departure");
        assertFalse(read.get(dn(2)).disabled(), "employeeType=former means nothing without a filter saying so");
    }

    @Test
    void aDisabledWhenFilterIsEvaluatedByTheServerOnTopOfItsOwnFlag() throws Exception {
        Map<String, DirectoryEntry> former = readByDn(settings().disabledFilter("(employeeType=former)"));
        Map<String, DirectoryEntry> anyLock = readByDn(settings().disabledFilter("(pwdAccountLockedTime=*)"));

        assertEquals(List.of(dn(0), dn(2)), disabledDns(former), "the server's own lock still counts");
        assertEquals(List.of(dn(0), dn(1)), disabledDns(anyLock));
        ConnectionTestReport report = new LdapDirectoryReader().testConnection(TestDirectories.source(
                settings().disabledFilter("(pwdAccountLockedTime=*)").build()));
        String usersInScope = report.steps().get(report.steps().size() - 1).detail();
        assertTrue(usersInScope.startsWith(USERS + " users in scope (" + (USERS - 2) + " enabled, 2 disabled)"),
                usersInScope);
    }

    @Test
    void aDisabledWhenFilterThatDoesNotParseIsRefusedOnItsField() {
        List<FieldProblem> problems = new LdapDirectoryReader().checkSyntax(TestDirectories.source(
                settings().disabledFilter("(employeeType=former").build()));

        assertEquals(List.of("disabledFilter"), problems.stream().map(FieldProblem::field).toList());
        assertTrue(problems.get(0).message().startsWith("The \"disabled when\" filter is not valid"),
                problems.get(0).message());
    }

    @Test
    void aLimitOnThePagedSearchsTotalIsNamedWithTheSettingToRaiseAndTheReadIsIncomplete() throws Exception {
        List<DirectoryEntry> read = new ArrayList<>();
        ReadResult result = new LdapDirectoryReader().readUsers(TestDirectories.source(settings()
                .bindDn(OpenLdapServer.CAPPED_READER_DN).pageSize(20).build()), read::addAll);

        assertFalse(result.complete(), "a cut read deactivates no one");
        assertEquals(OpenLdapServer.CAPPED_TOTAL, read.size());
        String warning = String.join(" ", result.warnings());
        assertTrue(warning.contains("stopped the paged search at a size limit after " + OpenLdapServer.CAPPED_TOTAL
                + " users in 3 pages: paging works") && warning.contains("olcLimits size.prtotal"), warning);
    }

    @Test
    void aGroupScopeTakesTheMembersOfNestedGroupsAndSurvivesTheirCycle() throws Exception {
        Map<String, DirectoryEntry> read = readByDn(settings().groupDn("cn=staff," + SUFFIX));

        assertEquals(List.of(dn(3), dn(4), dn(5)), read.keySet().stream().sorted().toList());
    }

    /** The reader over StartTLS; no filter, so the usual one of a server that is not Active Directory. */
    private static LdapSettingsInput.Builder settings() {
        return new LdapSettingsInput.Builder().host("127.0.0.1").port(slapd.port())
                .transport(LdapTransport.STARTTLS).bindDn(OpenLdapServer.READER_DN)
                .password(OpenLdapServer.READER_PASSWORD).baseDn(PEOPLE)
                .trustedCertificatesPem(slapd.certificatePem());
    }

    private static Map<String, DirectoryEntry> readByDn(LdapSettingsInput.Builder settings) throws Exception {
        return TestDirectories.readAll(new LdapDirectoryReader(), TestDirectories.source(settings.build()),
                new ArrayList<>()).stream().collect(Collectors.toMap(DirectoryEntry::dn, Function.identity()));
    }

    private static List<String> disabledDns(Map<String, DirectoryEntry> read) {
        return read.values().stream().filter(DirectoryEntry::disabled).map(DirectoryEntry::dn).sorted().toList();
    }

    private static Map<String, String> entryUuids() throws Exception {
        try (LDAPConnection admin = slapd.admin()) {
            return admin.search(PEOPLE, SearchScope.ONE, "(objectClass=inetOrgPerson)", "entryUUID")
                    .getSearchEntries().stream().collect(Collectors.toMap(e -> e.getDN(),
                            e -> e.getAttributeValue("entryUUID")));
        }
    }

    private static String uid(int i) {
        return String.format("user%03d", i);
    }

    private static String dn(int i) {
        return "uid=" + uid(i) + "," + PEOPLE;
    }
}
