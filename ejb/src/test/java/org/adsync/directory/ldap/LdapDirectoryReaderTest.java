package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.DirectoryException;
import org.adsync.directory.ReadResult;
import org.adsync.directory.SslStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The LDAP adapter against an Active Directory look-alike over LDAPS, with more users than one page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LdapDirectoryReaderTest {

    private static final int USERS = 1250;

    private LookAlikeDirectory directory;
    private List<ActiveDirectoryUser> users;
    private String groupDn;
    private String nestedGroupDn;
    private final LdapDirectoryReader reader = new LdapDirectoryReader();

    @BeforeAll
    void startDirectory(@TempDir Path dir) throws Exception {
        directory = TestDirectories.activeDirectory(dir);
        users = new ArrayList<>(TestDirectories.addUsers(directory, "People", USERS));
        String special = directory.addContainer("Special");
        String groups = directory.addContainer("Groups");
        groupDn = "CN=Everyone,OU=Groups," + TestDirectories.BASE_DN;
        nestedGroupDn = "CN=Sales (EMEA),OU=Groups," + TestDirectories.BASE_DN;
        ActiveDirectoryUser disabled = ActiveDirectoryUser.named("Dora", "Disabled", "dora@test.example")
                .withUserAccountControl(66050).memberOf(groupDn);
        ActiveDirectoryUser nested = ActiveDirectoryUser.named("Nina", "Nested", "nina@test.example")
                .withName("Nina", "Q", "Nested").withDetails("+1 555 0100", "+1 555 0199", "Buyer", "Sales")
                .memberOf(nestedGroupDn);
        ActiveDirectoryUser odd = ActiveDirectoryUser.named("Zoë", "O'Brien, Jr.", "zoe@test.example")
                .memberOf(groupDn);
        for (ActiveDirectoryUser user : List.of(disabled, nested, odd)) {
            directory.addUser(user, special);
            users.add(user);
        }
        Entry nestedGroup = new Entry(nestedGroupDn);
        nestedGroup.addAttribute("objectClass", "top", "group");
        nestedGroup.addAttribute("memberOf", groupDn);
        directory.server().add(nestedGroup);
        Entry group = new Entry(groupDn);
        group.addAttribute("objectClass", "top", "group");
        directory.server().add(group);
        assertTrue(groups.startsWith("OU=Groups"));
    }

    @AfterAll
    void stopDirectory() {
        directory.close();
    }

    @Test
    void theLookAlikeRefusesToAnswerMoreThan1000EntriesWithoutPaging() throws Exception {
        LDAPSearchException refused = assertThrows(LDAPSearchException.class, () -> directory.server()
                .search(TestDirectories.BASE_DN, SearchScope.SUB, "(objectClass=user)"));
        assertEquals(ResultCode.SIZE_LIMIT_EXCEEDED, refused.getResultCode());
    }

    @Test
    void readsEveryUserPageByPageWithTheirActiveDirectoryAttributes() throws Exception {
        List<Integer> pages = new ArrayList<>();
        List<DirectoryEntry> read = TestDirectories.readAll(reader,
                TestDirectories.source(TestDirectories.settings(directory).pageSize(500).build()), pages);

        assertEquals(USERS + 3, read.size());
        assertEquals(List.of(500, 500, 253), pages);
        Map<String, DirectoryEntry> byAnchor = read.stream()
                .collect(Collectors.toMap(DirectoryEntry::anchor, Function.identity()));
        for (ActiveDirectoryUser user : users) {
            assertTrue(byAnchor.containsKey(user.objectGuid().toString()), "anchor of " + user.commonName());
        }
        DirectoryEntry nina = read.stream().filter(e -> "Nina".equals(e.firstName())).findFirst().orElseThrow();
        assertEquals("Q", nina.middleName());
        assertEquals("Nested", nina.lastName());
        assertEquals("nina@test.example", nina.email());
        assertEquals("+1 555 0100", nina.phone());
        assertEquals("+1 555 0199", nina.mobilePhone());
        assertEquals("Buyer", nina.title());
        assertEquals("Sales", nina.department());
        assertFalse(nina.disabled());
        assertTrue(read.stream().filter(e -> "Dora".equals(e.firstName())).findFirst().orElseThrow().disabled(),
                "userAccountControl 66050 has the disabled bit");
        assertEquals("O'Brien, Jr.", read.stream().filter(e -> "Zoë".equals(e.firstName())).findFirst()
                .orElseThrow().lastName());
    }

    @Test
    void aReadReportsTheCertificateItTrusted() throws Exception {
        ReadResult result = reader.readUsers(TestDirectories.source(TestDirectories.settings(directory)
                .filter("(sn=Nested)").build()), page -> { });

        assertTrue(result.complete());
        assertEquals(1, result.entries());
        assertEquals(SslStatus.OK, result.certificate().status());
        assertTrue(result.certificate().detail().contains("CN=localhost"));
    }

    @Test
    void aGroupScopeIncludesMembersOfNestedGroups() throws Exception {
        List<DirectoryEntry> read = TestDirectories.readAll(reader, TestDirectories.source(
                TestDirectories.settings(directory).groupDn(groupDn).build()), new ArrayList<>());

        assertEquals(List.of("Dora", "Nina", "Zoë"), read.stream().map(DirectoryEntry::firstName).sorted().toList());
    }

    @Test
    void anUnknownGroupIsAClearError() {
        DirectoryException e = assertThrows(DirectoryException.class, () -> reader.readUsers(TestDirectories.source(
                TestDirectories.settings(directory).groupDn("CN=Nope,OU=Groups," + TestDirectories.BASE_DN).build()),
                page -> { }));

        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aWrongPasswordIsRefusedWithAnActionableMessage() {
        DirectoryException e = assertThrows(DirectoryException.class, () -> reader.readUsers(
                TestDirectories.source(TestDirectories.settings(directory).password("wrong").build()), page -> { }));

        assertTrue(e.getMessage().startsWith("The directory refused the bind user or password"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong"), "never the password");
    }

    @Test
    void anUntrustedCertificateStopsBeforeThePasswordIsSent() {
        DirectoryException e = assertThrows(DirectoryException.class, () -> reader.readUsers(
                TestDirectories.source(TestDirectories.settings(directory).trustedCertificatesPem(null).build()),
                page -> { }));

        assertEquals(SslStatus.UNTRUSTED_CHAIN, e.certificate().orElseThrow().status());
        assertTrue(e.getMessage().contains("is not trusted"), e.getMessage());
    }

    @Test
    void aClosedPortIsNamedWithWhatToCheck() throws Exception {
        DirectoryException e = assertThrows(DirectoryException.class, () -> reader.readUsers(
                TestDirectories.source(TestDirectories.settings(directory).port(1).build()), page -> { }));

        assertEquals("Connection refused at 127.0.0.1:1: is port 1 open to this server, and is the directory "
                + "listening on it?", e.getMessage());
    }

    @Test
    void anUnknownHostIsNamed() throws Exception {
        DirectoryException e = assertThrows(DirectoryException.class, () -> reader.readUsers(
                TestDirectories.source(TestDirectories.settings(directory).host("dc1.invalid").build()), page -> { }));

        assertTrue(e.getMessage().startsWith("The host name dc1.invalid cannot be resolved"), e.getMessage());
    }

    @Test
    void anInvalidFilterIsFoundBeforeConnecting() throws Exception {
        var problems = reader.checkSyntax(TestDirectories.source(TestDirectories.settings(directory)
                .filter("(&(objectClass=user)").build()));

        assertEquals(1, problems.size());
        assertEquals("filter", problems.get(0).field());
        assertTrue(problems.get(0).message().startsWith("The LDAP filter is not valid"));
    }

    @Test
    void aFilterValueFromTheDirectoryIsEscapedNotPasted() throws Exception {
        List<DirectoryEntry> read = TestDirectories.readAll(reader, TestDirectories.source(
                TestDirectories.settings(directory).groupDn(nestedGroupDn).build()), new ArrayList<>());

        assertEquals(List.of("Nina"), read.stream().map(DirectoryEntry::firstName).toList(),
                "a group DN with parentheses works as a value");
    }

    @Test
    void testConnectionReportsEachStep() throws Exception {
        ConnectionTestReport report = reader.testConnection(TestDirectories.source(
                TestDirectories.settings(directory).groupDn(groupDn).build()));

        assertTrue(report.succeeded(), report.toString());
        assertEquals(List.of("Connect", "TLS (LDAPS)", "Bind", "Users in scope"),
                report.steps().stream().map(ConnectionTestReport.Step::name).toList());
        assertTrue(report.steps().get(3).detail().startsWith("3 users in scope (2 enabled, 1 disabled) on this "
                + "Active Directory"), report.steps().get(3).detail());
        assertTrue(report.steps().get(3).detail().contains("Later syncs read only what changed (the domain "
                + "controller's update sequence numbers)."), report.steps().get(3).detail());
    }

    @Test
    void testConnectionStopsAtTheFirstFailingStep() throws Exception {
        ConnectionTestReport report = reader.testConnection(TestDirectories.source(
                TestDirectories.settings(directory).password("wrong").build()));

        assertFalse(report.succeeded());
        assertEquals(List.of(true, true, false), report.steps().stream().map(ConnectionTestReport.Step::succeeded)
                .toList());
    }
}
