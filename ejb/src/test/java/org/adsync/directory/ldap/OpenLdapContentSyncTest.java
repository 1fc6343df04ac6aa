package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.LDAPConnection;
import org.adsync.demo.directory.OpenLdapServer;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DeltaPosition;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.ldap.contentsync.CookiePosition;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.LdapSettingsInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.adsync.demo.directory.OpenLdapServer.SUFFIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads that continue from the last one through RFC 4533 content synchronization, against a real OpenLDAP with the
 * syncprov overlay, once as it answers without a session log (it lists every unchanged user: the present phase) and
 * once with one (it names the deleted users: the delete phase). Either way the sync must end with the same users:
 * the changed and added ones read, and the deleted, moved-out and filtered-out ones gone.
 */
class OpenLdapContentSyncTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithoutASessionLog extends Scenarios {
        WithoutASessionLog() {
            super(OpenLdapServer.ContentSync.PRESENT_PHASE);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithASessionLog extends Scenarios {
        WithASessionLog() {
            super(OpenLdapServer.ContentSync.DELETE_PHASE);
        }
    }

    abstract static class Scenarios {

        private static final AtomicInteger UNITS = new AtomicInteger();
        private static final String FORMER = "(&(objectClass=inetOrgPerson)(!(employeeType=former)))";

        private final OpenLdapServer.ContentSync contentSync;
        private OpenLdapServer slapd;

        Scenarios(OpenLdapServer.ContentSync contentSync) {
            this.contentSync = contentSync;
        }

        @BeforeAll
        void startSlapd(@TempDir Path dir) throws Exception {
            slapd = OpenLdapServer.start(dir, contentSync);
            try (LDAPConnection admin = slapd.admin()) {
                admin.add("dn: ou=elsewhere," + SUFFIX, "objectClass: organizationalUnit", "ou: elsewhere");
            }
        }

        @AfterAll
        void stopSlapd() throws Exception {
            if (slapd != null) {
                slapd.close();
            }
        }

        @Test
        void theFirstReadIsFullAndAnUnchangedDirectoryThenGivesNothingAndLosesNoOne() throws Exception {
            String unit = unitWithUsers(6);
            RecordingRead first = read(unit, null, s -> s, Set.of());
            assertFalse(first.result.incremental());
            assertEquals(6, first.entries.size());
            assertEquals("Full read: no earlier read of this directory to continue from.", first.result.note());
            assertTrue(CookiePosition.parse(first.result.deltaLink()).isPresent(), first.result.deltaLink());

            RecordingRead again = read(unit, first.result.deltaLink(), s -> s, first.anchors());
            assertEquals("Only the changes the server reported since the last read (RFC 4533 content "
                    + "synchronization) were read.", again.result.note());
            assertEquals(List.of(), again.entries);
            assertEquals(Set.of(), again.gone(first.anchors()));
        }

        @Test
        void testConnectionSaysThatLaterSyncsReadOnlyTheChanges() throws Exception {
            String unit = unitWithUsers(1);
            ConnectionTestReport report = new LdapDirectoryReader().testConnection(TestDirectories.source(
                    settings(unit).build()));
            String usersInScope = report.steps().get(report.steps().size() - 1).detail();
            assertTrue(usersInScope.contains("Later syncs read only what changed (RFC 4533 content synchronization)."),
                    usersInScope);
        }

        @Test
        void aDeltaReadsChangedAndAddedUsersAndFindsDeletedMovedOutAndFilteredOutOnesGone() throws Exception {
            String unit = unitWithUsers(8);
            UnaryOperator<LdapSettingsInput.Builder> current = s -> s.filter(FORMER);
            RecordingRead first = read(unit, null, current, Set.of());
            Set<String> held = first.anchors();
            try (LDAPConnection admin = slapd.admin()) {
                admin.modify("dn: " + user(unit, 1), "changetype: modify", "replace: title", "title: Renamed");
                admin.add("dn: " + user(unit, 100), "objectClass: inetOrgPerson", "uid: " + unit + "-100",
                        "cn: New Person", "sn: Person", "mail: new@example.org");
                admin.delete(user(unit, 2));
                admin.modifyDN(user(unit, 3), "uid=" + unit + "-3", true, "ou=elsewhere," + SUFFIX);
                admin.modify("dn: " + user(unit, 4), "changetype: modify", "replace: employeeType",
                        "employeeType: former");
            }

            RecordingRead delta = read(unit, first.result.deltaLink(), current, held);
            assertEquals(new TreeSet<>(List.of(uuid(user(unit, 1)), uuid(user(unit, 100)))),
                    new TreeSet<>(delta.readAnchors()));
            assertEquals("Renamed", delta.entries.stream().filter(e -> e.dn().equals(user(unit, 1))).findFirst()
                    .orElseThrow().title());
            Set<String> expectedGone = Set.of(first.anchorOf(user(unit, 2)), first.anchorOf(user(unit, 3)),
                    first.anchorOf(user(unit, 4)));
            assertEquals(expectedGone, delta.gone(held));
            assertEquals(contentSync == OpenLdapServer.ContentSync.DELETE_PHASE, delta.result.incremental(),
                    "a delete phase names who is gone; a present phase lists who is there");

            RecordingRead next = read(unit, delta.result.deltaLink(), current, delta.heldAfter(held));
            assertEquals(List.of(), next.entries, "the next read continues after these changes");
            assertEquals(Set.of(), next.gone(delta.heldAfter(held)));
        }

        /**
         * Attribute changes and password-policy locks (with a "disabled when" filter that counts them): the users the
         * deltas handed on end as a full read of the same directory reads them.
         */
        @Test
        void aDeltaEndsWhereAFullReadOfTheSameDirectoryEnds() throws Exception {
            String unit = unitWithUsers(6);
            UnaryOperator<LdapSettingsInput.Builder> locksDisable = s -> s.disabledFilter("(pwdAccountLockedTime=*)");
            RecordingRead first = read(unit, null, locksDisable, Set.of());
            try (LDAPConnection admin = slapd.admin()) {
                admin.modify("dn: " + user(unit, 1), "changetype: modify", "replace: title", "title: Chief",
                        "-", "replace: telephoneNumber", "telephoneNumber: +1 555 0101", "-", "replace: mail",
                        "mail: chief@example.org");
                for (int i : new int[] {2, 3}) {
                    admin.modify("dn: " + user(unit, i), "changetype: modify", "replace: userPassword",
                            "userPassword: the-password-" + i);
                }
            }
            RecordingRead afterPasswords = read(unit, first.result.deltaLink(), locksDisable, first.anchors());
            slapd.lockOutByFailedPasswords(user(unit, 2));
            slapd.lockOutByFailedPasswords(user(unit, 3));

            RecordingRead delta = read(unit, afterPasswords.result.deltaLink(), locksDisable, first.anchors());
            RecordingRead full = read(unit, null, locksDisable, Set.of());
            Map<String, DirectoryEntry> synced = new HashMap<>();
            for (RecordingRead read : List.of(first, afterPasswords, delta)) {
                read.entries.forEach(entry -> synced.put(entry.anchor(), entry));
            }
            Map<String, DirectoryEntry> expected = new HashMap<>();
            full.entries.forEach(entry -> expected.put(entry.anchor(), entry));
            assertEquals(expected, synced);
        }

        /**
         * A lock the server did not report as a change (a password policy's own write on a replica, a filter that
         * matches by something else than the entry): every delta compares who is disabled now with what the sync
         * holds, and reads again those it holds otherwise, both ways.
         */
        @Test
        void aDeltaReadsAgainTheUsersWhoseDisabledStateTheSyncHoldsOtherwise() throws Exception {
            String unit = unitWithUsers(6);
            try (LDAPConnection admin = slapd.admin()) {
                admin.modify("dn: " + user(unit, 4), "changetype: modify", "replace: userPassword",
                        "userPassword: the-password");
            }
            slapd.lockOutByFailedPasswords(user(unit, 4));
            UnaryOperator<LdapSettingsInput.Builder> locksDisable = s -> s.disabledFilter("(pwdAccountLockedTime=*)");
            RecordingRead first = read(unit, null, locksDisable, Set.of());
            String locked = first.anchorOf(user(unit, 4));
            String unlocked = first.anchorOf(user(unit, 5));

            // the sync holds the locked user as enabled, and an unlocked one as disabled: no change reported either
            RecordingRead delta = new RecordingRead(first.anchors(), Set.of(unlocked));
            LdapSettingsInput input = locksDisable.apply(settings(unit)).build();
            try (LdapConnectionSettings source = LdapSettings.of(input, "encrypted")
                    .connection(input.bindPassword().clone(), first.result.deltaLink())) {
                delta.result = new LdapDirectoryReader().readUsers(source, delta);
            }

            assertEquals(Set.of(locked, unlocked), Set.copyOf(delta.askedAgain), delta.result::toString);
            assertEquals(Set.of(locked, unlocked), delta.anchors());
            assertTrue(delta.entries.stream().filter(e -> e.anchor().equals(locked)).findFirst().orElseThrow()
                    .disabled(), "read again, disabled");
            assertFalse(delta.entries.stream().filter(e -> e.anchor().equals(unlocked)).findFirst().orElseThrow()
                    .disabled(), "read again, enabled");
            assertEquals(2, delta.result.entries(), "counted as read");
        }

        @Test
        void aChangeOfTheScopedGroupsMembersMakesTheReadFull() throws Exception {
            String unit = unitWithUsers(4);
            String group = "cn=" + unit + "-group," + SUFFIX;
            try (LDAPConnection admin = slapd.admin()) {
                admin.add("dn: " + group, "objectClass: groupOfNames", "cn: " + unit + "-group",
                        "member: " + user(unit, 0), "member: " + user(unit, 1));
            }
            UnaryOperator<LdapSettingsInput.Builder> members = s -> s.groupDn(group);
            RecordingRead first = read(unit, null, members, Set.of());
            assertEquals(2, first.entries.size());
            assertTrue(read(unit, first.result.deltaLink(), members, first.anchors()).result.note()
                    .startsWith("Only the changes"));

            try (LDAPConnection admin = slapd.admin()) {
                admin.modify("dn: " + group, "changetype: modify", "add: member", "member: " + user(unit, 3));
            }
            RecordingRead after = read(unit, first.result.deltaLink(), members, first.anchors());
            assertEquals("Full read: the members of the group that limits the users in scope changed.",
                    after.result.note());
            assertEquals(3, after.entries.size());
        }

        @Test
        void moreUsersThanTheServersSizeLimitStillSyncOnlyTheChanges() throws Exception {
            String unit = unitWithUsers(OpenLdapServer.SIZE_LIMIT + 20);
            RecordingRead first = read(unit, null, s -> s, Set.of());
            assertEquals(OpenLdapServer.SIZE_LIMIT + 20, first.entries.size());
            try (LDAPConnection admin = slapd.admin()) {
                admin.modify("dn: " + user(unit, 7), "changetype: modify", "replace: title", "title: Seventh");
            }
            RecordingRead delta = read(unit, first.result.deltaLink(), s -> s, first.anchors());
            assertEquals(List.of(first.anchorOf(user(unit, 7))), delta.readAnchors(), delta.result::toString);
            assertEquals(Set.of(), delta.gone(first.anchors()));
        }

        @Test
        void aServerWhoseStateIsOlderThanTheCookieAsksForAndGetsAFullRead() throws Exception {
            String unit = unitWithUsers(3);
            // a provider restored from a backup: the stored cookie names a change it does not have
            byte[] future = "rid=000,csn=29991231000000.000000Z#000000#000#000000".getBytes(StandardCharsets.UTF_8);
            String position = new CookiePosition(future, Instant.now(), "-").token();
            RecordingRead read = read(unit, position, s -> s, Set.of());
            assertFalse(read.result.incremental());
            assertEquals(3, read.entries.size());
            assertEquals("Full read: the server would not continue from the last read (consumer state is newer than "
                    + "provider!; restored from a backup, or another server that is behind?).", read.result.note());
            assertFalse(CookiePosition.parse(read.result.deltaLink()).orElseThrow().oldestChangeSequenceNumber()
                    .orElseThrow().startsWith("2999"), "the new cookie is the server's own");
        }

        @Test
        void anAdminsRequestMakesTheReadFull() throws Exception {
            String unit = unitWithUsers(2);
            read(unit, null, s -> s, Set.of());
            RecordingRead full = read(unit, DeltaPosition.fullReadBecause("an admin asked for a full sync"), s -> s,
                    Set.of());
            assertEquals("Full read: an admin asked for a full sync.", full.result.note());
            assertEquals(2, full.entries.size());
        }

        private String unitWithUsers(int count) throws Exception {
            String unit = "unit" + UNITS.incrementAndGet();
            try (LDAPConnection admin = slapd.admin()) {
                admin.add("dn: ou=" + unit + "," + SUFFIX, "objectClass: organizationalUnit", "ou: " + unit);
                for (int i = 0; i < count; i++) {
                    admin.add("dn: " + user(unit, i), "objectClass: inetOrgPerson", "uid: " + unit + "-" + i,
                            "cn: Person " + i, "sn: Number" + i, "mail: " + unit + "-" + i + "@example.org",
                            "employeeType: staff");
                }
            }
            return unit;
        }

        private static String user(String unit, int i) {
            return "uid=" + unit + "-" + i + ",ou=" + unit + "," + SUFFIX;
        }

        private String uuid(String dn) throws Exception {
            try (LDAPConnection admin = slapd.admin()) {
                return admin.getEntry(dn, "entryUUID").getAttributeValue("entryUUID");
            }
        }

        private LdapSettingsInput.Builder settings(String unit) {
            return new LdapSettingsInput.Builder().host("127.0.0.1").port(slapd.port())
                    .transport(LdapTransport.STARTTLS).bindDn(OpenLdapServer.READER_DN)
                    .password(OpenLdapServer.READER_PASSWORD).baseDn("ou=" + unit + "," + SUFFIX)
                    .trustedCertificatesPem(slapd.certificatePem());
        }

        private RecordingRead read(String unit, String position, UnaryOperator<LdapSettingsInput.Builder> settings,
                          Set<String> held) throws Exception {
            LdapSettingsInput input = settings.apply(settings(unit)).build();
            RecordingRead read = new RecordingRead(held);
            try (LdapConnectionSettings source = LdapSettings.of(input, "encrypted")
                    .connection(input.bindPassword().clone(), position)) {
                read.result = new LdapDirectoryReader().readUsers(source, read);
            }
            return read;
        }
    }
}
