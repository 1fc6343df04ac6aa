package org.adsync.directory.ldap;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.directory.DeltaPosition;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.ldap.activedirectory.UsnPosition;
import org.adsync.sync.LdapSettings;
import org.adsync.sync.LdapSettingsInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Active Directory reads that continue from the last one (update sequence numbers), against the look-alike that
 * numbers its changes: what a delta hands on, what it reports gone, and each reason to read in full instead.
 */
class ActiveDirectoryDeltaReadTest {

    private static final String BASE_DN = TestDirectories.BASE_DN;
    private static final String PEOPLE = "OU=People," + BASE_DN;
    private static final String GROUP = "CN=Staff,OU=Groups," + BASE_DN;

    private final LdapDirectoryReader reader = new LdapDirectoryReader();
    private final DeletedObjectsGate deletedObjects = new DeletedObjectsGate();
    private LookAlikeDirectory directory;
    private List<ActiveDirectoryUser> people;

    @BeforeEach
    void startDirectory(@TempDir Path dir) throws Exception {
        directory = LookAlikeDirectory.startTrackingChanges(dir.resolve("directory.p12"), BASE_DN, 0,
                TestDirectories.SERVICE_DN, TestDirectories.SERVICE_PASSWORD, deletedObjects);
        people = TestDirectories.addUsers(directory, "People", 30);
        directory.addContainer("Elsewhere");
        directory.addContainer("Groups");
        directory.add(new Entry(GROUP, new com.unboundid.ldap.sdk.Attribute("objectClass", "top", "group")));
    }

    @AfterEach
    void stopDirectory() {
        directory.close();
    }

    @Test
    void theFirstReadIsFullAndEndsAtTheControllersUsnReadBeforeIt() throws Exception {
        RecordingRead first = read(null, UnaryOperator.identity());
        assertFalse(first.result.incremental());
        assertEquals(30, first.entries.size());
        assertEquals("Full read: no earlier read of this domain to continue from.", first.result.note());
        UsnPosition position = UsnPosition.parse(first.result.deltaLink()).orElseThrow();
        assertEquals("dc1.look-alike.test", position.hostName());
    }

    @Test
    void anUnchangedDomainGivesAnEmptyDeltaAndNoOneGone() throws Exception {
        String position = read(null, UnaryOperator.identity()).result.deltaLink();
        RecordingRead again = read(position, UnaryOperator.identity());
        assertTrue(again.result.incremental());
        assertEquals(List.of(), again.entries);
        assertEquals(List.of(), again.removed, "a delta never reports as gone someone it did not see leave");
        long usn = UsnPosition.parse(position).orElseThrow().usn();
        assertEquals("Only the changes since USN " + usn + " on dc1.look-alike.test were read.", again.result.note());
    }

    @Test
    void aDeltaHandsOnChangedAndAddedUsersAndReportsDeletedOnes() throws Exception {
        String position = read(null, UnaryOperator.identity()).result.deltaLink();
        ActiveDirectoryUser renamed = people.get(3);
        directory.modify(dnOf(renamed), new Modification(ModificationType.REPLACE, "title", "Chief Renamer"));
        ActiveDirectoryUser added = ActiveDirectoryUser.named("Newton", "New", "newton@test.example");
        directory.addUser(added, PEOPLE);
        ActiveDirectoryUser deleted = people.get(7);
        directory.delete(dnOf(deleted));

        RecordingRead delta = read(position, UnaryOperator.identity());
        assertEquals(List.of(anchor(renamed), anchor(added)).stream().sorted().toList(),
                delta.entries.stream().map(DirectoryEntry::anchor).sorted().toList());
        assertEquals("Chief Renamer", delta.entries.stream().filter(e -> e.anchor().equals(anchor(renamed)))
                .findFirst().orElseThrow().title());
        assertEquals(List.of(anchor(deleted)), delta.removed);
        assertTrue(UsnPosition.parse(delta.result.deltaLink()).orElseThrow().usn()
                > UsnPosition.parse(position).orElseThrow().usn(), "the next delta starts after these changes");
    }

    @Test
    void usersMovedOutOfTheBaseDnOrNoLongerMatchingTheFilterAreGone() throws Exception {
        UnaryOperator<LdapSettingsInput.Builder> salesInPeople = s -> s.baseDn(PEOPLE)
                .filter("(&(objectCategory=person)(objectClass=user)(!(department=Former)))");
        String position = read(null, salesInPeople).result.deltaLink();
        ActiveDirectoryUser moved = people.get(1);
        directory.move(dnOf(moved), "OU=Elsewhere," + BASE_DN);
        ActiveDirectoryUser former = people.get(2);
        directory.modify(dnOf(former), new Modification(ModificationType.REPLACE, "department", "Former"));

        RecordingRead delta = read(position, salesInPeople);
        assertEquals(List.of(), delta.entries);
        assertEquals(List.of(anchor(moved), anchor(former)).stream().sorted().toList(),
                delta.removed.stream().sorted().toList());
    }

    @Test
    void aChangeToTheScopedGroupListsItsMembersByIdAndReadsOnlyNewcomersInFull() throws Exception {
        for (ActiveDirectoryUser user : people.subList(0, 5)) {
            join(user);
        }
        UnaryOperator<LdapSettingsInput.Builder> staff = s -> s.groupDn(GROUP);
        RecordingRead first = read(null, staff);
        assertEquals(5, first.entries.size());
        String position = first.result.deltaLink();
        assertTrue(read(position, staff).result.incremental(), "no change, no listing");

        ActiveDirectoryUser newcomer = people.get(20);
        join(newcomer);
        ActiveDirectoryUser leaver = people.get(1);
        directory.server().modify(dnOf(leaver), new Modification(ModificationType.DELETE, "memberOf", GROUP));
        directory.modify(GROUP, new Modification(ModificationType.DELETE, "member", dnOf(leaver)));
        ActiveDirectoryUser renamed = people.get(2);
        directory.modify(dnOf(renamed), new Modification(ModificationType.REPLACE, "title", "Renamed Member"));

        RecordingRead after = read(position, staff, first.readAnchors());
        assertFalse(after.result.incremental(), "whoever is not listed has left the group, as after a full read");
        assertTrue(after.result.complete());
        assertEquals(List.of(anchor(renamed), anchor(newcomer)), after.entries.stream().map(DirectoryEntry::anchor)
                .toList(), "the changed member, then the newcomer, whose own entry did not change");
        assertEquals(List.of(0, 2, 3, 4, 20).stream().map(i -> anchor(people.get(i))).sorted().toList(),
                after.listed.stream().sorted().toList());
        assertEquals(List.of(), after.removed);
        assertTrue(after.result.note().endsWith(" were read, and the members of the group Staff listed by ID, since "
                + "it or a group in it changed."), after.result.note());
    }

    /**
     * Joins the group as on a real DC: the group's member attribute changes (and gets a USN); the user's memberOf
     * is a back link, which changes no USN of the user's.
     */
    private void join(ActiveDirectoryUser user) throws Exception {
        directory.server().modify(dnOf(user), new Modification(ModificationType.ADD, "memberOf", GROUP));
        directory.modify(GROUP, new Modification(ModificationType.ADD, "member", dnOf(user)));
    }

    @Test
    void anotherControllerARestoredOneOrAUsnThatWentBackMakeTheReadFull() throws Exception {
        String position = read(null, UnaryOperator.identity()).result.deltaLink();
        UsnPosition stored = UsnPosition.parse(position).orElseThrow();

        directory.answerAs("dc2.look-alike.test", UUID.fromString(stored.invocationId()));
        assertEquals("Full read: the domain controller changed from dc1.look-alike.test to dc2.look-alike.test "
                + "(update sequence numbers are each controller's own).", read(position, s -> s).result.note());

        directory.answerAs("dc1.look-alike.test", UUID.randomUUID());
        assertEquals("Full read: the invocation ID of dc1.look-alike.test changed (restored from a backup?).",
                read(position, s -> s).result.note());

        directory.answerAs("dc1.look-alike.test", UUID.fromString(stored.invocationId()));
        directory.setUsn(stored.usn() - 10);
        assertTrue(read(position, s -> s).result.note().startsWith("Full read: the update sequence number of "
                + "dc1.look-alike.test went back from " + stored.usn()));
    }

    @Test
    void anOldFullReadOrAnAdminsRequestMakeTheReadFull() throws Exception {
        UsnPosition stored = UsnPosition.parse(read(null, s -> s).result.deltaLink()).orElseThrow();
        String weekOld = new UsnPosition(stored.hostName(), stored.invocationId(), stored.usn(),
                Instant.now().minus(Duration.ofDays(8))).token();
        assertEquals("Full read: the last full read was more than 7 days ago.", read(weekOld, s -> s).result.note());

        assertEquals("Full read: an admin asked for a full sync.",
                read(DeltaPosition.fullReadBecause("an admin asked for a full sync"), s -> s).result.note());

    }

    @Test
    void withoutDeletedObjectsTheChangedUsersAreReadAndEveryoneInScopeListedByIdOnly() throws Exception {
        String position = read(null, s -> s).result.deltaLink();
        ActiveDirectoryUser renamed = people.get(5);
        directory.modify(dnOf(renamed), new Modification(ModificationType.REPLACE, "title", "Lister"));
        ActiveDirectoryUser deleted = people.get(6);
        directory.delete(dnOf(deleted));
        deletedObjects.refuse = true;

        RecordingRead listed = read(position, s -> s,
                people.stream().map(ActiveDirectoryDeltaReadTest::anchor).toList());
        assertFalse(listed.result.incremental(), "whoever is not listed has left, as after a full read");
        assertTrue(listed.result.complete());
        assertEquals(List.of(anchor(renamed)), listed.entries.stream().map(DirectoryEntry::anchor).toList());
        assertEquals(29, listed.listed.size());
        assertFalse(listed.listed.contains(anchor(deleted)));
        assertEquals(List.of(), listed.removed);
        assertTrue(listed.result.note().contains("listed by ID: the bind user may not list deleted objects"),
                listed.result.note());
    }

    private RecordingRead read(String position, UnaryOperator<LdapSettingsInput.Builder> settings) throws Exception {
        return read(position, settings, List.of());
    }

    /** A read by a sync that holds these users in scope. */
    private RecordingRead read(String position, UnaryOperator<LdapSettingsInput.Builder> settings, List<String> held)
            throws Exception {
        LdapSettingsInput input = settings.apply(TestDirectories.settings(directory)).build();
        RecordingRead read = new RecordingRead(held);
        try (LdapConnectionSettings source = LdapSettings.of(input, "encrypted")
                .connection(input.bindPassword().clone(), position)) {
            read.result = reader.readUsers(source, read);
        }
        return read;
    }

    private static String dnOf(ActiveDirectoryUser user) {
        return "CN=" + user.commonName() + "," + PEOPLE;
    }

    private static String anchor(ActiveDirectoryUser user) {
        return user.objectGuid().toString();
    }

    /**
     * A bind user that may not read tombstones, answered as Samba answers it: the Deleted Objects container without
     * its attributes, and no tombstones, with no error: "no one was deleted" unless the reader checks.
     */
    private static final class DeletedObjectsGate extends InMemoryOperationInterceptor {
        volatile boolean refuse;

        @Override
        public void processSearchEntry(InMemoryInterceptedSearchEntry entry) {
            if (!refuse || !entry.getSearchEntry().getDN().contains("CN=Deleted Objects")) {
                return;
            }
            if (entry.getSearchEntry().getDN().startsWith("CN=Deleted Objects")) {
                entry.setSearchEntry(new Entry(entry.getSearchEntry().getDN()));
            } else {
                entry.setSearchEntry(null);
            }
        }
    }
}
