package org.adsync.it.sync;

import jakarta.inject.Inject;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.SslStatus;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.it.DatabaseSensitive;
import org.adsync.it.sync.SyncScenario.ContactState;
import org.adsync.sync.ContactField;
import org.adsync.sync.DirectoryUser;
import org.adsync.sync.DirectoryUserFilter;
import org.adsync.sync.DirectoryUserSort;
import org.adsync.sync.DirectoryUserState;
import org.adsync.sync.DirectoryUserView;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.LdapSettingsInput;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.UnknownSyncException;
import org.adsync.sync.admin.ConnectionChecks;
import org.adsync.sync.admin.DirectoryUserAdministration;
import org.adsync.sync.admin.LdapSyncRequest;
import org.adsync.sync.admin.SyncAdministration;
import org.adsync.sync.admin.SyncConfigurationView;
import org.adsync.sync.engine.SyncEngine;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LDAP syncs end to end inside the server, against an Active Directory look-alike over LDAPS: the matching rules,
 * updates, deactivation and return, a read that fails half-way, and removal.
 */
@ExtendWith(ArquillianExtension.class)
@DatabaseSensitive
class LdapSyncIT {

    private static final String BASE_DN = "DC=it,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "It-Service-Password-1";

    @Inject
    SyncScenario scenario;

    @Inject
    SyncAdministration administration;

    @Inject
    ConnectionChecks connectionChecks;

    @Inject
    DirectoryUserAdministration directoryUsers;

    @Inject
    SyncEngine engine;

    private final FailingPages failingPages = new FailingPages();
    private LookAlikeDirectory directory;
    private String people;

    @BeforeEach
    void startDirectory() throws Exception {
        Path keyStore = Path.of(System.getProperty("jboss.server.temp.dir"), "adsync-it", "directory.p12");
        directory = LookAlikeDirectory.start(keyStore, BASE_DN, 0, SERVICE_DN, SERVICE_PASSWORD, failingPages);
        people = directory.addContainer("People");
    }

    @AfterEach
    void stopDirectory() {
        directory.close();
    }

    private LdapSettingsInput.Builder settings() throws Exception {
        return new LdapSettingsInput.Builder().host("127.0.0.1").port(directory.port()).transport(LdapTransport.LDAPS)
                .bindDn(SERVICE_DN).password(SERVICE_PASSWORD).baseDn(BASE_DN).pageSize(200)
                .trustedCertificatesPem(directory.certificatePem());
    }

    /** Disabled, so that no timer syncs behind the test's back: these tests run the engine themselves. */
    private long configure(long organizationId, Long billingProductId) throws Exception {
        return administration.createLdapSync(new LdapSyncRequest(organizationId, false, settings().build(),
                ContactField.all(), billingProductId));
    }

    private SyncAttemptView sync(long configurationId) {
        long attemptId = engine.run(configurationId, SyncTrigger.FORCED);
        SyncAttemptView attempt = administration.attempts(configurationId, 1).get(0);
        assertEquals(attemptId, attempt.id());
        return attempt;
    }

    private DirectoryUser user(long configurationId, ActiveDirectoryUser adUser) {
        return scenario.directoryUser(configurationId, adUser.objectGuid().toString());
    }

    @Test
    void aFirstSyncAppliesEveryMatchingRuleAndPagesThroughMoreThan1000Users() throws Exception {
        long org = scenario.organization("Contoso");
        long standard = scenario.billingProduct("Standard");
        long premium = scenario.billingProduct("Premium");
        long ada = scenario.contact(org, "Ada", null, "Lovelace", "ada@contoso.example", true, premium);
        long bob = scenario.contact(org, "Bob", null, "Inactive", "bob@contoso.example", false, null);
        long carl = scenario.contact(org, "Carl", null, "Byname", null, true, null);
        scenario.contact(org, "Eve", null, "Twin", null, true, null);
        scenario.contact(org, "Eve", null, "Twin", null, true, null);
        ActiveDirectoryUser adaUser = ActiveDirectoryUser.named("Ada", "Lovelace", "ADA@Contoso.Example")
                .withDetails("+44 1", null, "Analyst", "R&D");
        ActiveDirectoryUser bobUser = ActiveDirectoryUser.named("Robert", "Inactive", "bob@contoso.example");
        ActiveDirectoryUser carlUser = ActiveDirectoryUser.named("Carl", "Byname", "carl@new.example");
        ActiveDirectoryUser dup1 = ActiveDirectoryUser.named("Dup", "One", "shared@contoso.example");
        ActiveDirectoryUser dup2 = ActiveDirectoryUser.named("Dup", "Two", "shared@contoso.example");
        ActiveDirectoryUser eve = ActiveDirectoryUser.named("Eve", "Twin", null);
        ActiveDirectoryUser fay = ActiveDirectoryUser.named("Fay", "New", "fay@contoso.example");
        ActiveDirectoryUser gus = ActiveDirectoryUser.named("Gus", "Gone", "gus@contoso.example")
                .withUserAccountControl(514);
        ActiveDirectoryUser nameless = ActiveDirectoryUser.named(null, null, "svc-printer@contoso.example");
        for (ActiveDirectoryUser u : List.of(adaUser, bobUser, carlUser, dup1, dup2, eve, fay, gus, nameless)) {
            directory.addUser(u, people);
        }
        for (int i = 0; i < 1100; i++) {
            directory.addUser(ActiveDirectoryUser.named("Filler" + i, "Person", "filler" + i + "@contoso.example"),
                    people);
        }
        long configuration = configure(org, standard);

        SyncAttemptView attempt = sync(configuration);

        assertEquals(SyncOutcome.SUCCEEDED, attempt.outcome(), attempt.message());
        assertEquals(1109, attempt.read());
        assertEquals(1101, attempt.created(), "Fay and the fillers");
        assertEquals(1, attempt.reactivated(), "Bob");
        assertEquals(3, attempt.conflicts(), "two shared emails and Eve's two contacts; the nameless entry is invalid");
        assertEquals(ada, user(configuration, adaUser).getContact().orElseThrow().getId());
        ContactState adaNow = scenario.contactState(ada);
        assertEquals("ADA@Contoso.Example", adaNow.email());
        assertEquals("Analyst", adaNow.title());
        assertTrue(adaNow.billingProduct().startsWith("Premium"), "an existing billing product is kept");
        assertEquals(bob, user(configuration, bobUser).getContact().orElseThrow().getId());
        assertTrue(scenario.contactState(bob).active(), "a single inactive match is re-activated");
        assertEquals("Robert", scenario.contactState(bob).first());
        assertEquals(carl, user(configuration, carlUser).getContact().orElseThrow().getId(), "matched by name");
        assertEquals(DirectoryUserState.CONFLICT, user(configuration, dup1).getState());
        assertTrue(user(configuration, dup2).getStateReason().orElseThrow().contains("shared@contoso.example"));
        assertTrue(user(configuration, eve).getStateReason().orElseThrow().startsWith("2 active contacts match"));
        ContactState fayContact = scenario.contactsNamed(org, "New").get(0);
        assertTrue(fayContact.billingProduct().startsWith("Standard"), "a created contact gets the configured product");
        assertEquals(DirectoryUserState.INACTIVE, user(configuration, gus).getState());
        assertTrue(scenario.contactsNamed(org, "Gone").isEmpty(), "no contact for a disabled account");
        assertEquals(DirectoryUserState.INVALID, user(configuration, nameless).getState(), "not a conflict");
        assertTrue(user(configuration, nameless).getStateReason().orElseThrow().contains("neither a first nor a last"));
        assertTrue(attempt.message().contains("1 user cannot become a contact as the directory has it"),
                attempt.message());
        SyncConfigurationView view = administration.view(configuration);
        assertEquals(1104, view.syncedUsers(), "Ada, Bob, Carl, Fay and the 1100 fillers");
        assertEquals(3, view.conflicts(), "the two sharing an address and Eve");
        assertEquals(SslStatus.OK, view.sslStatus());
        assertEquals(view.syncedUsers(), directoryUsers.count(configuration, DirectoryUserState.SYNCED));
    }

    @Test
    void aMappedUserStaysMappedThroughRenamesAndFollowsTheDirectoryOutAndBackIn() throws Exception {
        long org = scenario.organization("Fabrikam");
        ActiveDirectoryUser ada = ActiveDirectoryUser.named("Ada", "Lovelace", "ada@fabrikam.example")
                .withDetails(null, null, "Analyst", null);
        directory.addUser(ada, people);
        long configuration = configure(org, null);
        sync(configuration);
        long contact = user(configuration, ada).getContact().orElseThrow().getId();

        String dn = dnOf("Lovelace");
        directory.server().modify("dn: " + dn, "changetype: modify", "replace: sn", "sn: King", "-",
                "replace: mail", "mail: augusta@fabrikam.example", "-", "delete: title");
        SyncAttemptView renamed = sync(configuration);

        assertEquals(SyncOutcome.SUCCEEDED, renamed.outcome(), renamed.message());
        assertEquals(contact, user(configuration, ada).getContact().orElseThrow().getId(), "mapped by anchor");
        assertEquals("King", scenario.contactState(contact).last());
        assertEquals("augusta@fabrikam.example", scenario.contactState(contact).email());
        assertEquals("Analyst", scenario.contactState(contact).title(), "a blank value never overwrites");

        directory.server().modify("dn: " + dn, "changetype: modify", "replace: userAccountControl",
                "userAccountControl: 66050");
        SyncAttemptView disabled = sync(configuration);
        assertEquals(1, disabled.deactivated());
        assertFalse(scenario.contactState(contact).active());
        assertEquals(DirectoryUserState.INACTIVE, user(configuration, ada).getState());

        directory.server().modify("dn: " + dn, "changetype: modify", "replace: userAccountControl",
                "userAccountControl: 512");
        SyncAttemptView back = sync(configuration);
        assertEquals(1, back.reactivated());
        assertTrue(scenario.contactState(contact).active());

        directory.server().delete(dn);
        directory.addUser(ActiveDirectoryUser.named("Somebody", "Else", "else@fabrikam.example"), people);
        SyncAttemptView deleted = sync(configuration);
        assertEquals(1, deleted.deactivated(), "a user deleted in the directory makes its contact inactive");
        assertFalse(scenario.contactState(contact).active());
        assertFalse(user(configuration, ada).isInScope());
        assertEquals(contact, user(configuration, ada).getContact().orElseThrow().getId(), "the mapping is kept");

        directory.addUser(ada.withName("Ada", null, "King"), people);
        sync(configuration);
        assertTrue(scenario.contactState(contact).active(), "the returning user re-activates its contact");
        assertEquals(DirectoryUserState.SYNCED, user(configuration, ada).getState());
    }

    @Test
    void aReadThatFailsHalfWayDeactivatesNoOneAndTheNextRunConverges() throws Exception {
        long org = scenario.organization("Northwind");
        for (int i = 0; i < 700; i++) {
            directory.addUser(ActiveDirectoryUser.named("N" + i, "Wind", "n" + i + "@northwind.example"), people);
        }
        long configuration = configure(org, null);
        assertEquals(SyncOutcome.SUCCEEDED, sync(configuration).outcome());
        directory.addUser(ActiveDirectoryUser.named("Late", "Comer", "late@northwind.example"), people);

        failingPages.failAtPage(3);
        SyncAttemptView failed = sync(configuration);

        assertEquals(SyncOutcome.FAILED, failed.outcome());
        assertTrue(failed.message().contains("unavailable"), failed.message());
        assertEquals(0, failed.deactivated());
        assertEquals(700, administration.view(configuration).syncedUsers(), "no one deactivated");
        assertEquals(700, scenario.countContacts(org));

        failingPages.heal();
        SyncAttemptView again = sync(configuration);
        assertEquals(SyncOutcome.SUCCEEDED, again.outcome(), again.message());
        assertEquals(1, again.created());
        assertEquals(701, administration.view(configuration).syncedUsers());
        assertEquals(701, scenario.countContacts(org));
    }

    @Test
    void aSizeLimitOnTheWholePagedSearchIsNamedAsSuchAndDeactivatesNoOne() throws Exception {
        long org = scenario.organization("Limited");
        for (int i = 0; i < 500; i++) {
            directory.addUser(ActiveDirectoryUser.named("L" + i, "Limit", "l" + i + "@limited.example"), people);
        }
        long configuration = configure(org, null);
        assertEquals(SyncOutcome.SUCCEEDED, sync(configuration).outcome());

        failingPages.failAtPage(2, com.unboundid.ldap.sdk.ResultCode.SIZE_LIMIT_EXCEEDED);
        SyncAttemptView limited = sync(configuration);

        assertEquals(SyncOutcome.FAILED, limited.outcome());
        assertTrue(limited.message().contains("stopped the paged search at a size limit after 200 users"),
                limited.message());
        assertTrue(limited.message().contains("size.prtotal"), "names the setting to change: " + limited.message());
        assertFalse(limited.message().contains("does not support paged"), limited.message());
        assertEquals(500, administration.view(configuration).syncedUsers(), "no one deactivated");
    }

    @Test
    void anEmptyReadAfterSyncedUsersDeactivatesNoOne() throws Exception {
        long org = scenario.organization("Tailspin");
        directory.addUser(ActiveDirectoryUser.named("Tim", "Tail", "tim@tailspin.example"), people);
        long configuration = configure(org, null);
        sync(configuration);
        administration.updateLdapSync(configuration, new LdapSyncRequest(org, false,
                settings().password(null).filter("(sn=NobodyHasThisName)").build(), ContactField.all(), null));

        SyncAttemptView empty = sync(configuration);

        assertEquals(SyncOutcome.FAILED, empty.outcome());
        assertTrue(empty.message().contains("returned no users in scope"), empty.message());
        assertEquals(1, administration.view(configuration).syncedUsers());
    }

    @Test
    void controlCharactersAndBidiOverridesNeverReachAContactAndTheAttemptSaysSo() throws Exception {
        long org = scenario.organization("Trojan");
        directory.addUser(ActiveDirectoryUser.named("Mal\u0007lory", "Source", "mallory@trojan.example")
                .withDetails(null, null, "Invoice\u202Excod.exe", "IT"), people);
        directory.addUser(ActiveDirectoryUser.named("Plain", "Source", "plain@trojan.example")
                .withDetails(null, null, "Sales\tEMEA", "Sales"), people);
        long configuration = configure(org, null);

        SyncAttemptView first = sync(configuration);

        assertEquals(SyncOutcome.SUCCEEDED, first.outcome(), first.message());
        assertTrue(first.message().contains("1 user had control characters or bidirectional overrides"),
                first.message());
        List<ContactState> contacts = scenario.contactsNamed(org, "Source");
        ContactState mallory = contacts.stream().filter(c -> c.first().startsWith("Mal")).findFirst().orElseThrow();
        assertEquals("Mallory", mallory.first());
        assertEquals("Invoicexcod.exe", mallory.title());
        assertTrue(contacts.stream().anyMatch(c -> "Sales\tEMEA".equals(c.title())), "a tab stays");
    }

    @Test
    void namesakesGetTheSameOutcomeReadInEitherOrderAndAnUnchangedResyncChangesNothing() throws Exception {
        SyncAttemptView withoutMailFirst = piaProbe("First", "Second");
        stopDirectory();
        startDirectory();
        SyncAttemptView withMailFirst = piaProbe("Second", "First");

        assertEquals(withoutMailFirst.created(), withMailFirst.created());
        assertEquals(withoutMailFirst.conflicts(), withMailFirst.conflicts());
    }

    /**
     * The reproduction: a contact left from an earlier sync, and two directory users of its name, one with its
     * address; the one without mail in the container read first, the other in the second. Answers the first sync.
     */
    private SyncAttemptView piaProbe(String withoutMailIn, String withMailIn) throws Exception {
        long org = scenario.organization("Idem " + withoutMailIn);
        long leftover = scenario.contact(org, "Pia", null, "Probe", "pia.probe@idem.example", true, null);
        directory.addContainer("First");
        directory.addContainer("Second");
        ActiveDirectoryUser withoutMail = ActiveDirectoryUser.named("Pia", "Probe", null);
        ActiveDirectoryUser withMail = ActiveDirectoryUser.named("Pia", "Probe", "pia.probe@idem.example");
        directory.addUser(withoutMail, "OU=" + withoutMailIn + "," + BASE_DN);
        directory.addUser(withMail, "OU=" + withMailIn + "," + BASE_DN);
        long configuration = configure(org, null);

        SyncAttemptView first = sync(configuration);
        DirectoryUser mailed = user(configuration, withMail);
        DirectoryUser unmailed = user(configuration, withoutMail);
        SyncAttemptView again = sync(configuration);

        assertEquals(withoutMailIn.equals("First"), unmailed.getId() < mailed.getId(), "the read order asked for");
        assertEquals(SyncOutcome.SUCCEEDED, first.outcome(), first.message());
        assertEquals(leftover, mailed.getContact().orElseThrow().getId(), "the address decides for the one with it");
        assertEquals(DirectoryUserState.SYNCED, unmailed.getState(), unmailed.getStateReason().orElse(""));
        assertEquals(1, first.created(), "the namesake without mail is someone else: the contact is the other's");
        assertEquals(0, first.conflicts());
        assertEquals(List.of(0, 0, 0, 0, 0), List.of(again.created(), again.updated(), again.deactivated(),
                again.reactivated(), again.conflicts()), again.message());
        assertEquals(unmailed.getContact().orElseThrow().getId(),
                user(configuration, withoutMail).getContact().orElseThrow().getId());
        assertEquals(DirectoryUserState.SYNCED, user(configuration, withoutMail).getState());
        administration.remove(configuration);
        return first;
    }

    @Test
    void aNewEmailThatAnotherUserHasIsHeldBackUntilTheDuplicateIsGone() throws Exception {
        long org = scenario.organization("Duplicates");
        ActiveDirectoryUser alma = ActiveDirectoryUser.named("Alma", "Aster", "alma.aster@dup.example");
        ActiveDirectoryUser bert = ActiveDirectoryUser.named("Bert", "Birch", "bert.birch@dup.example");
        directory.addUser(alma, people);
        directory.addUser(bert, people);
        long configuration = configure(org, null);
        sync(configuration);
        long almasContact = user(configuration, alma).getContact().orElseThrow().getId();
        long bertsContact = user(configuration, bert).getContact().orElseThrow().getId();

        replaceMail("Aster", "bert.birch@dup.example");
        SyncAttemptView duplicate = sync(configuration);

        DirectoryUser heldBack = user(configuration, alma);
        assertEquals(SyncOutcome.SUCCEEDED, duplicate.outcome(), duplicate.message());
        assertEquals(1, duplicate.conflicts(), duplicate.message());
        assertEquals(DirectoryUserState.CONFLICT, heldBack.getState());
        assertEquals(almasContact, heldBack.getContact().orElseThrow().getId(), "the mapping stays");
        assertTrue(heldBack.getStateReason().orElseThrow().contains("Shares the email address "
                + "bert.birch@dup.example with directory user Bert Birch; the contact keeps alma.aster@dup.example"),
                heldBack.getStateReason().orElseThrow());
        assertEquals("alma.aster@dup.example", scenario.contactState(almasContact).email());
        assertEquals(DirectoryUserState.SYNCED, user(configuration, bert).getState(), "Bert held it first");
        assertEquals("bert.birch@dup.example", scenario.contactState(bertsContact).email());
        assertEquals(1, administration.view(configuration).conflicts(), "the list counts it");

        replaceMail("Birch", "bert@birch.example");
        SyncAttemptView resolved = sync(configuration);

        assertEquals(0, resolved.conflicts(), resolved.message());
        assertEquals(DirectoryUserState.SYNCED, user(configuration, alma).getState());
        assertEquals("bert.birch@dup.example", scenario.contactState(almasContact).email(), "written once free");
        assertEquals("bert@birch.example", scenario.contactState(bertsContact).email());
    }

    private void replaceMail(String surname, String mail) throws Exception {
        directory.server().modify("dn: " + dnOf(surname), "changetype: modify", "replace: mail", "mail: " + mail);
    }

    private String dnOf(String surname) throws Exception {
        return directory.server().search(BASE_DN, com.unboundid.ldap.sdk.SearchScope.SUB, "(sn=" + surname + ")")
                .getSearchEntries().get(0).getDN();
    }

    @Test
    void manualMappingAndIgnoreResolveConflictsAndSurviveTheNextSync() throws Exception {
        long org = scenario.organization("Woodgrove");
        long contact = scenario.contact(org, "Wanda", null, "Wood", "wanda@woodgrove.example", true, null);
        ActiveDirectoryUser first = ActiveDirectoryUser.named("Wanda", "Wood", "wanda@woodgrove.example");
        ActiveDirectoryUser second = ActiveDirectoryUser.named("Wanda", "Wood2", "wanda@woodgrove.example");
        directory.addUser(first, people);
        directory.addUser(second, people);
        long configuration = configure(org, null);
        sync(configuration);
        assertEquals(2, administration.view(configuration).conflicts());

        directoryUsers.mapByHand(configuration, user(configuration, first).getId(), contact);
        directoryUsers.ignore(configuration, user(configuration, second).getId(), true);
        SyncConfigurationView resolved = administration.view(configuration);
        assertEquals(0, resolved.conflicts());
        assertEquals(1, resolved.syncedUsers());

        SyncAttemptView next = sync(configuration);
        assertEquals(SyncOutcome.SUCCEEDED, next.outcome(), next.message());
        assertEquals(contact, user(configuration, first).getContact().orElseThrow().getId());
        assertTrue(user(configuration, first).isManuallyMapped());
        assertEquals(DirectoryUserState.IGNORED, user(configuration, second).getState());
        assertEquals(0, administration.view(configuration).conflicts());

        InvalidSyncSettingsException taken = assertThrows(InvalidSyncSettingsException.class,
                () -> directoryUsers.mapByHand(configuration, user(configuration, second).getId(), contact));
        assertTrue(taken.getMessage().contains("already mapped"));
        directoryUsers.ignore(configuration, user(configuration, first).getId(), true);
        assertNull(user(configuration, first).getContact().orElse(null), "ignoring removes the mapping");
    }

    @Test
    void settingsAreValidatedBeforeAnythingIsSavedAndTheSecretIsStoredEncrypted() throws Exception {
        long org = scenario.organization("Litware");
        InvalidSyncSettingsException badFilter = assertThrows(InvalidSyncSettingsException.class, () ->
                administration.createLdapSync(new LdapSyncRequest(org, false,
                        settings().filter("(&(objectClass=user)").build(), Set.of(), null)));
        assertEquals("filter", badFilter.problems().get(0).field());
        assertTrue(administration.organizationsWithoutSync().stream().anyMatch(o -> o.id() == org));

        long configuration = configure(org, null);
        assertFalse(scenario.storedBindPassword(configuration).contains(SERVICE_PASSWORD));
        assertTrue(administration.view(configuration).ldap().bindPasswordSet());
        InvalidSyncSettingsException second = assertThrows(InvalidSyncSettingsException.class,
                () -> configure(org, null));
        assertTrue(second.getMessage().contains("has an AD Sync already"));
        InvalidSyncSettingsException otherHost = assertThrows(InvalidSyncSettingsException.class, () ->
                administration.updateLdapSync(configuration, new LdapSyncRequest(org, false,
                        settings().host("localhost").password(null).build(), EnumSet.allOf(ContactField.class), null)));
        assertEquals("bindPassword", otherHost.problems().get(0).field(), "a stored password never goes elsewhere");
    }

    @Test
    void testConnectionReportsEachStepAndRecordsTheCertificate() throws Exception {
        long org = scenario.organization("Relecloud");
        directory.addUser(ActiveDirectoryUser.named("Rita", "Cloud", "rita@relecloud.example"), people);
        long configuration = configure(org, null);
        assertEquals(SslStatus.UNKNOWN, administration.view(configuration).sslStatus());

        ConnectionTestReport report = connectionChecks.testConnection(configuration);

        assertTrue(report.succeeded(), report.toString());
        assertTrue(report.steps().get(3).detail().startsWith("1 users in scope"), report.steps().get(3).detail());
        assertEquals(SslStatus.OK, administration.view(configuration).sslStatus());
        ConnectionTestReport wrong = connectionChecks.testConnection(settings().password("wrong").build(), null);
        assertFalse(wrong.succeeded());
        assertEquals("Bind", wrong.steps().get(wrong.steps().size() - 1).name());
    }

    @Test
    void anEntryTheServerSendsTwiceInOneReadIsOneUserAndNoError() throws Exception {
        long org = scenario.organization("Repeated");
        ActiveDirectoryUser rae = ActiveDirectoryUser.named("Rae", "Repeat", "rae@repeat.example");
        directory.addUser(rae, people);
        directory.addUser(ActiveDirectoryUser.named("Ray", "Again", "ray@repeat.example"), people);
        long configuration = configure(org, null);
        failingPages.repeatEntries();

        SyncAttemptView first = sync(configuration);
        directory.server().modify("dn: " + dnOf("Repeat"), "changetype: modify", "replace: title",
                "title: Repeated");
        SyncAttemptView again = sync(configuration);

        assertEquals(List.of(2, 0, 0), List.of(first.created(), first.errors(), first.conflicts()), first.message());
        assertEquals(List.of(1, 0), List.of(again.updated(), again.errors()), again.message());
        assertEquals(DirectoryUserState.SYNCED, user(configuration, rae).getState());
        assertEquals("Repeated", scenario.contactState(user(configuration, rae).getContact().orElseThrow().getId())
                .title());
    }

    @Test
    void malformedDirectoryDataBecomesAPerUserConflictNeverAFailedRun() throws Exception {
        long org = scenario.organization("Adatum");
        ActiveDirectoryUser twin = ActiveDirectoryUser.named("Tom", "Twin", "tom@adatum.example");
        ActiveDirectoryUser wordy = ActiveDirectoryUser.named("Wendy", "Wordy", "wendy@adatum.example")
                .withDetails(null, null, "x".repeat(5000), null);
        ActiveDirectoryUser fine = ActiveDirectoryUser.named("Fiona", "Fine", "fiona@adatum.example");
        directory.addUser(twin, people);
        directory.addUser(new ActiveDirectoryUser(twin.objectGuid(), "Tom Twin (copy)", "tom2", "tom2@adatum.example",
                "Tom", null, "Copy", "tom2@adatum.example", null, null, null, null, 512, List.of()), people);
        directory.addUser(wordy, people);
        directory.addUser(fine, people);
        long configuration = configure(org, null);

        SyncAttemptView attempt = sync(configuration);

        assertEquals(SyncOutcome.SUCCEEDED, attempt.outcome(), attempt.message());
        assertEquals(1, attempt.created(), "only Fiona");
        assertEquals(2, attempt.errors(), "the duplicate anchor and the long title");
        assertEquals(0, attempt.conflicts(), "what only the directory can fix is invalid, not a conflict");
        assertEquals(DirectoryUserState.INVALID, user(configuration, wordy).getState());
        assertTrue(attempt.message().contains("2 users cannot become contacts as the directory has them"),
                attempt.message());
        assertTrue(user(configuration, twin).getStateReason().orElseThrow()
                .contains("Two directory entries have the anchor"));
        assertTrue(user(configuration, wordy).getStateReason().orElseThrow()
                .contains("title (title) is 5000 characters long; a contact takes at most 200"));
        assertEquals(DirectoryUserState.SYNCED, user(configuration, fine).getState());

        directory.server().modify("dn: " + dnOf("Fine"), "changetype: modify", "replace: title",
                "title: " + "y".repeat(300));
        SyncAttemptView again = sync(configuration);
        assertTrue(again.message().contains("1 synced user has a value its contact cannot take; the rest was synced")
                && again.message().contains("Fiona Fine"), again.message());
        assertEquals(DirectoryUserState.SYNCED, user(configuration, fine).getState(), "the mapping stays");
        List<String> withErrors = directoryUsers.users(configuration, new DirectoryUserFilter(null, true),
                DirectoryUserSort.NAME, false, 0, 50).stream().map(DirectoryUserView::lastName).toList();
        assertEquals(List.of("Fine", "Twin", "Wordy"), withErrors, "the AD Users tab's 'Only users with errors'");
    }

    @Test
    void aUserStoredWithoutAnyAttributeIsListedAsSuchAndFailsNoPage() throws Exception {
        long org = scenario.organization("Blank");
        ActiveDirectoryUser ada = ActiveDirectoryUser.named("Ada", "Blank", "ada@blank.example");
        directory.addUser(ada, people);
        long configuration = configure(org, null);
        sync(configuration);
        scenario.blankAttributes(configuration, ada.objectGuid().toString());

        List<DirectoryUserView> listed = directoryUsers.users(configuration, null, 0, 50);

        assertEquals(1, listed.size());
        assertEquals(ada.objectGuid().toString(), listed.get(0).anchor());
        assertNull(listed.get(0).dn());
        assertEquals(SyncOutcome.SUCCEEDED, sync(configuration).outcome(), "a sync over such a user does not fail");
    }

    @Test
    void removingASyncRemovesItsUsersAndHistoryButKeepsTheContacts() throws Exception {
        long org = scenario.organization("Proseware");
        directory.addUser(ActiveDirectoryUser.named("Pat", "Prose", "pat@proseware.example"), people);
        long configuration = configure(org, null);
        sync(configuration);

        administration.remove(configuration);

        assertThrows(UnknownSyncException.class, () -> administration.view(configuration));
        assertEquals(1, scenario.countContacts(org));
        assertEquals(0, directoryUsers.count(configuration, DirectoryUserFilter.ALL));
        assertTrue(administration.attempts(configuration, 10).isEmpty());
        assertTrue(configure(org, null) > 0, "the organization can be configured afresh");
    }
}
