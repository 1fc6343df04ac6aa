package org.adsync.it.sync;

import jakarta.inject.Inject;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.it.DatabaseSensitive;
import org.adsync.schedule.SyncScheduler;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.ContactChangeView;
import org.adsync.sync.ContactField;
import org.adsync.sync.DeactivationLimit;
import org.adsync.sync.DirectoryUser;
import org.adsync.sync.DirectoryUserState;
import org.adsync.sync.FieldChange;
import org.adsync.sync.HoldNotApprovableException;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.LdapSettingsInput;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.SyncTrigger;
import org.adsync.sync.admin.AttemptChanges;
import org.adsync.sync.admin.LdapSyncRequest;
import org.adsync.sync.admin.PreviewPlans;
import org.adsync.sync.admin.SyncAdministration;
import org.adsync.sync.engine.RunningSync;
import org.adsync.sync.engine.SyncEngine;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What keeps a sync from surprising an admin, end to end inside the server against an Active Directory look-alike:
 * the deactivation limit that holds a run with nothing written until an admin approves it, the preview that counts
 * what the next sync does and writes nothing, the record of what each attempt did to each contact, and the rules
 * for users deleted and created again and for disabled users.
 */
@ExtendWith(ArquillianExtension.class)
@DatabaseSensitive
class SafeSyncIT {

    private static final String BASE_DN = "DC=safe,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "It-Service-Password-2";
    private static final String SALES_ONLY = "(&(objectCategory=person)(objectClass=user)(department=Sales))";

    @Inject
    SyncScenario scenario;

    @Inject
    SyncAdministration administration;

    @Inject
    SyncEngine engine;

    @Inject
    AttemptChanges changes;

    @Inject
    PreviewPlans previewPlans;

    @Inject
    SyncScheduler scheduler;

    private LookAlikeDirectory directory;
    private String people;

    @BeforeEach
    void startDirectory() throws Exception {
        Path keyStore = Path.of(System.getProperty("jboss.server.temp.dir"), "adsync-it", "safe-directory.p12");
        directory = LookAlikeDirectory.start(keyStore, BASE_DN, 0, SERVICE_DN, SERVICE_PASSWORD, new FailingPages());
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

    /** Disabled, so that no timer syncs behind the test's back. */
    private long configure(long organizationId) throws Exception {
        return administration.createLdapSync(new LdapSyncRequest(organizationId, false, settings().build(),
                ContactField.all(), null));
    }

    private void change(long configuration, long org, LdapSettingsInput settings, DeactivationLimit limit) {
        administration.updateLdapSync(configuration, new LdapSyncRequest(org, false, settings, ContactField.all(),
                null, null, limit));
    }

    private SyncAttemptView sync(long configurationId) {
        return administration.attempt(configurationId, engine.run(configurationId, SyncTrigger.FORCED));
    }

    private SyncAttemptView preview(long configurationId) {
        return administration.attempt(configurationId, engine.run(configurationId, SyncTrigger.PREVIEW));
    }

    private SyncAttemptView approve(long configurationId, long heldAttemptId) {
        RunningSync running = engine.beginApproved(configurationId, heldAttemptId, "it-admin");
        engine.execute(running);
        return administration.attempt(configurationId, running.attemptId());
    }

    private List<ContactChangeView> changesOf(long configuration, SyncAttemptView attempt, ContactChangeKind kind) {
        return changes.page(configuration, attempt.id(), kind, 0, 1000).changes();
    }

    /** 60 users, 6 of them in Sales; one sync maps them all. */
    private long syncedStaff(long org) throws Exception {
        for (int i = 0; i < 60; i++) {
            directory.addUser(ActiveDirectoryUser.named("S" + i, "Staff", "s" + i + "@safe.example")
                    .withDetails(null, null, "Clerk", i < 6 ? "Sales" : "Operations"), people);
        }
        long configuration = configure(org);
        assertEquals(60, sync(configuration).created());
        return configuration;
    }

    private String dnOf(String mail) throws Exception {
        return directory.server().search(BASE_DN, com.unboundid.ldap.sdk.SearchScope.SUB, "(mail=" + mail + ")")
                .getSearchEntries().get(0).getDN();
    }

    @Test
    void aScopeNarrowedByMistakeIsHeldWithNothingWrittenUntilAnAdminApprovesIt() throws Exception {
        long org = scenario.organization("Held");
        long configuration = syncedStaff(org);
        directory.addUser(ActiveDirectoryUser.named("New", "Seller", "new@safe.example")
                .withDetails(null, null, "Clerk", "Sales"), people);
        directory.server().modify("dn: " + dnOf("s0@safe.example"), "changetype: modify", "replace: title",
                "title: Head of Sales");
        change(configuration, org, settings().password(null).filter(SALES_ONLY).build(), null);
        List<String> contactsBefore = scenario.allContacts(org);

        SyncAttemptView held = sync(configuration);

        assertEquals(SyncOutcome.HELD, held.outcome(), held.message());
        assertEquals(54, held.heldDeactivations());
        assertTrue(held.message().contains("would deactivate 54 of the 60 synced contacts"), held.message());
        assertTrue(held.message().contains("more than its limit of 50"), held.message());
        assertTrue(held.message().contains("the filter changed from"), "names the setting: " + held.message());
        assertEquals(contactsBefore, scenario.allContacts(org), "no contact deactivated, created or updated");
        assertEquals(54, changesOf(configuration, held, ContactChangeKind.DEACTIVATED).size(),
                "what would be deactivated, for the admin to look at");
        assertEquals(List.of(ContactChangeKind.CREATED), changes.ofContact(changesOf(configuration, held, null)
                .get(0).contactId(), 10).stream().map(entry -> entry.change().kind()).toList(),
                "the contact's history: created by the first sync, nothing by the held one");

        SyncAttemptView heldAgain = sync(configuration);
        assertEquals(SyncOutcome.HELD, heldAgain.outcome());
        assertTrue(heldAgain.message().startsWith("Still held"), "one notice, not a new alarm: "
                + heldAgain.message());
        assertEquals(contactsBefore, scenario.allContacts(org));
        assertThrows(HoldNotApprovableException.class, () -> engine.beginApproved(configuration, held.id(),
                "it-admin"), "only the latest held attempt can be approved");

        SyncAttemptView approved = approve(configuration, heldAgain.id());

        assertEquals(SyncOutcome.SUCCEEDED, approved.outcome(), approved.message());
        assertEquals(SyncTrigger.APPROVED, approved.trigger());
        assertEquals("it-admin", approved.approvedBy());
        assertEquals(54, approved.approvedDeactivations(), "the contacts the held attempt listed");
        assertEquals(54, approved.deactivated());
        assertEquals(1, approved.created());
        assertEquals(1, approved.updated());
        assertEquals(7, administration.view(configuration).syncedUsers());
        List<ContactChangeView> updates = changesOf(configuration, approved, ContactChangeKind.UPDATED);
        assertEquals(List.of(new FieldChange(ContactField.TITLE, "Clerk", "Head of Sales")), updates.get(0).fields());
        AttemptChanges.ContactHistoryEntry latest = changes.ofContact(updates.get(0).contactId(), 10).get(0);
        assertEquals(List.of(ContactChangeKind.UPDATED, approved.id(), configuration, SyncTrigger.APPROVED),
                List.of(latest.change().kind(), latest.change().attemptId(), latest.configurationId(),
                        latest.trigger()), "the contact's history names the sync that changed its title, and how");
    }

    @Test
    void anApprovedRunDeactivatesOnlyTheContactsTheHeldOneListed() throws Exception {
        long org = scenario.organization("Approval");
        long configuration = syncedStaff(org);
        change(configuration, org, settings().password(null).filter(SALES_ONLY).build(),
                new DeactivationLimit(DeactivationLimit.Kind.COUNT, 10));
        directory.server().delete(dnOf("s0@safe.example"));
        directory.server().delete(dnOf("s1@safe.example"));
        SyncAttemptView held = sync(configuration);
        assertEquals(56, held.heldDeactivations(), held.message());
        assertTrue(held.message().contains("more than its limit of 10. Nothing was written"), held.message());

        // two more leave after the admin looked: they were not on the list the admin approved
        directory.server().delete(dnOf("s2@safe.example"));
        directory.server().delete(dnOf("s3@safe.example"));
        SyncAttemptView applied = approve(configuration, held.id());

        assertEquals(SyncOutcome.SUCCEEDED, applied.outcome(), applied.message());
        assertEquals(56, applied.deactivated(), "exactly the listed ones");
        assertTrue(applied.message().contains("2 users left or were disabled after the held sync listed who would "
                + "go: their contacts stayed active") && applied.message().contains("S2 Staff")
                && applied.message().contains("S3 Staff"), applied.message());
        assertEquals(java.util.Set.copyOf(changesOf(configuration, held, ContactChangeKind.DEACTIVATED).stream()
                        .map(ContactChangeView::contactId).toList()),
                java.util.Set.copyOf(changesOf(configuration, applied, ContactChangeKind.DEACTIVATED).stream()
                        .map(ContactChangeView::contactId).toList()), "nobody beyond the approved list");
        DirectoryUser withheld = scenario.directoryUsers(configuration).stream()
                .filter(u -> "s2@safe.example".equals(u.getAttributes().email())).findFirst().orElseThrow();
        assertEquals(DirectoryUserState.INACTIVE, withheld.getState());
        assertTrue(withheld.getStateReason().orElseThrow().contains("was not on the list of the held sync"),
                withheld.getStateReason()::toString);

        SyncAttemptView next = sync(configuration);
        assertEquals(SyncOutcome.SUCCEEDED, next.outcome(), next.message());
        assertEquals(2, next.deactivated(), "the next run, under the limit, deactivates the two");
    }

    @Test
    void aHeldRunCanNoLongerBeApprovedOnceTheSettingsChangedOrItWasRejected() throws Exception {
        long org = scenario.organization("Bound");
        long configuration = syncedStaff(org);
        change(configuration, org, settings().password(null).filter(SALES_ONLY).build(), null);
        SyncAttemptView held = sync(configuration);
        assertEquals(SyncOutcome.HELD, held.outcome(), held.message());
        assertTrue(administration.attempt(configuration, held.id()).approvable());

        change(configuration, org, settings().password(null).filter(SALES_ONLY).build(),
                new DeactivationLimit(DeactivationLimit.Kind.COUNT, 20));
        HoldNotApprovableException stale = assertThrows(HoldNotApprovableException.class,
                () -> engine.beginApproved(configuration, held.id(), "it-admin"));
        assertEquals("The settings changed after this run was held; run a preview or Force Sync again.",
                stale.getMessage());
        assertFalse(administration.attempt(configuration, held.id()).approvable());

        SyncAttemptView heldAgain = sync(configuration);
        assertEquals(SyncOutcome.HELD, heldAgain.outcome(), heldAgain.message());
        scheduler.reject(configuration, heldAgain.id(), "it-admin");
        SyncAttemptView rejected = administration.attempt(configuration, heldAgain.id());
        assertEquals("it-admin", rejected.rejectedBy());
        assertFalse(rejected.approvable());
        assertThrows(HoldNotApprovableException.class, () -> engine.beginApproved(configuration, heldAgain.id(),
                "it-admin"));
        assertEquals(60, administration.view(configuration).syncedUsers(), "nothing was written");
    }

    @Test
    void aRunUnderTheLimitAndALimitSwitchedOffApplyAtOnce() throws Exception {
        long org = scenario.organization("Under");
        long configuration = syncedStaff(org);
        for (int i = 10; i < 15; i++) {
            directory.server().delete(dnOf("s" + i + "@safe.example"));
        }
        SyncAttemptView under = sync(configuration);
        assertEquals(SyncOutcome.SUCCEEDED, under.outcome(), under.message());
        assertEquals(5, under.deactivated());
        assertNull(under.heldDeactivations());

        change(configuration, org, settings().password(null).filter(SALES_ONLY).build(),
                new DeactivationLimit(DeactivationLimit.Kind.OFF, null));
        SyncAttemptView off = sync(configuration);
        assertEquals(SyncOutcome.SUCCEEDED, off.outcome(), off.message());
        assertEquals(49, off.deactivated());
        assertEquals(DeactivationLimit.Kind.OFF, administration.view(configuration).deactivationLimit().kind());
    }

    @Test
    void aLimitThatMakesNoSenseIsRefusedBesideItsField() throws Exception {
        long org = scenario.organization("Nonsense");
        long configuration = syncedStaff(org);
        InvalidSyncSettingsException percent = assertThrows(InvalidSyncSettingsException.class, () -> change(
                configuration, org, settings().password(null).build(),
                new DeactivationLimit(DeactivationLimit.Kind.PERCENT, 250)));
        assertEquals("deactivationLimit", percent.problems().get(0).field());
        assertThrows(InvalidSyncSettingsException.class, () -> change(configuration, org,
                settings().password(null).build(), new DeactivationLimit(DeactivationLimit.Kind.COUNT, -1)));
        assertEquals(DeactivationLimit.DEFAULT, administration.view(configuration).deactivationLimit());
    }

    @Test
    void aPreviewCountsWhatTheNextSyncDoesAndWritesNothing() throws Exception {
        long org = scenario.organization("Preview");
        long configuration = syncedStaff(org);
        scenario.contact(org, "Una", null, "Mapped", "una@safe.example", true, null);
        directory.addUser(ActiveDirectoryUser.named("Una", "Mapped", "una@safe.example"), people);
        directory.addUser(ActiveDirectoryUser.named("Nia", "New", "nia@safe.example"), people);
        directory.addUser(ActiveDirectoryUser.named("Dee", "Disabled", "dee@safe.example").disabled(), people);
        scenario.contact(org, "Dan", null, "Dormant", "dan@safe.example", true, null);
        directory.addUser(ActiveDirectoryUser.named("Dan", "Dormant", "dan@safe.example").disabled(), people);
        directory.server().modify("dn: " + dnOf("s7@safe.example"), "changetype: modify", "replace: title",
                "title: Manager");
        directory.server().delete(dnOf("s8@safe.example"));
        directory.server().modify("dn: " + dnOf("s9@safe.example"), "changetype: modify",
                "replace: userAccountControl", "userAccountControl: 514");
        List<String> contactsBefore = scenario.allContacts(org);
        List<String> usersBefore = scenario.allDirectoryUsers(configuration);

        SyncAttemptView preview = preview(configuration);

        assertEquals(SyncOutcome.SUCCEEDED, preview.outcome(), preview.message());
        assertEquals(SyncTrigger.PREVIEW, preview.trigger());
        assertTrue(preview.message().contains("Nothing was written"), preview.message());
        assertEquals(contactsBefore, scenario.allContacts(org), "no contact written");
        assertEquals(usersBefore, scenario.allDirectoryUsers(configuration), "no directory user or mapping written");
        assertEquals(0, scenario.countDirectoryUserRows(-configuration), "the scratch copy is gone");
        assertFalse(administration.attempts(configuration, 10).stream().anyMatch(a -> a.id() == preview.id()),
                "a preview is not a sync in the history");
        List<ContactChangeView> created = changesOf(configuration, preview, ContactChangeKind.CREATED);
        assertEquals(1, created.size());
        assertNull(created.get(0).contactId(), "a contact that would be created has no id yet");
        assertEquals("Nia New", created.get(0).contactName());
        assertEquals(List.of(new FieldChange(ContactField.TITLE, "Clerk", "Manager")),
                changesOf(configuration, preview, ContactChangeKind.UPDATED).get(0).fields());

        SyncAttemptView sync = sync(configuration);

        assertEquals(List.of(preview.read(), preview.created(), preview.updated(), preview.deactivated(),
                        preview.reactivated(), preview.conflicts(), preview.errors()),
                List.of(sync.read(), sync.created(), sync.updated(), sync.deactivated(), sync.reactivated(),
                        sync.conflicts(), sync.errors()), "the sync did what the preview said: " + preview.message()
                        + " / " + sync.message());
        assertEquals(List.of(63, 1, 1, 3, 0, 0, 0), List.of(sync.read(), sync.created(), sync.updated(),
                sync.deactivated(), sync.reactivated(), sync.conflicts(), sync.errors()),
                "a disabled user's matched contact is deactivated once, in the preview as in the sync: "
                        + sync.message());
    }

    @Test
    void aPreviewOfSettingsTypedInSaysWhatTheyWouldDoAndSavesNothing() throws Exception {
        long org = scenario.organization("Typed");
        long configuration = syncedStaff(org);
        List<String> usersBefore = scenario.allDirectoryUsers(configuration);
        LdapSyncRequest narrowed = new LdapSyncRequest(org, false, settings().password(null).filter(SALES_ONLY)
                .build(), ContactField.all(), null);

        RunningSync running = engine.beginPreview(configuration, previewPlans.planFor(configuration, narrowed));
        engine.execute(running);
        SyncAttemptView preview = administration.attempt(configuration, running.attemptId());

        assertEquals(SyncOutcome.SUCCEEDED, preview.outcome(), preview.message());
        assertEquals(54, preview.deactivated(), "the stored password went along to the same server");
        assertTrue(preview.message().contains("It would be held: Held: this sync would deactivate 54"),
                preview.message());
        assertTrue(preview.message().contains("the filter changed from"), preview.message());
        assertNull(administration.view(configuration).ldap().filter(), "not saved: still the server's usual one");
        assertEquals(usersBefore, scenario.allDirectoryUsers(configuration));
        assertEquals(60, administration.view(configuration).syncedUsers());

        LdapSyncRequest elsewhere = new LdapSyncRequest(org, false, settings().password(null).host("localhost")
                .build(), ContactField.all(), null);
        InvalidSyncSettingsException refused = assertThrows(InvalidSyncSettingsException.class,
                () -> previewPlans.planFor(configuration, elsewhere));
        assertEquals("bindPassword", refused.problems().get(0).field(), "the stored password goes nowhere else");
    }

    @Test
    void aPreviewIsRefusedWhileASyncOfTheOrganizationRuns() throws Exception {
        long org = scenario.organization("Busy");
        long configuration = syncedStaff(org);
        RunningSync running = engine.begin(configuration, SyncTrigger.FORCED);
        try {
            assertThrows(org.adsync.sync.SyncAlreadyRunningException.class,
                    () -> engine.begin(configuration, SyncTrigger.PREVIEW));
        } finally {
            engine.execute(running);
        }
    }

    @Test
    void aUserDeletedAndCreatedAgainTakesOverTheContactOfTheDepartedOne() throws Exception {
        long org = scenario.organization("Again");
        ActiveDirectoryUser della = ActiveDirectoryUser.named("Della", "Deleted", "della@safe.example");
        directory.addUser(della, people);
        long configuration = configure(org);
        sync(configuration);
        long contact = scenario.directoryUser(configuration, della.objectGuid().toString()).getContact()
                .orElseThrow().getId();

        directory.server().delete(dnOf("della@safe.example"));
        ActiveDirectoryUser reborn = ActiveDirectoryUser.named("Della", "Deleted", "della@safe.example");
        directory.addUser(reborn, people);
        SyncAttemptView attempt = sync(configuration);

        assertEquals(SyncOutcome.SUCCEEDED, attempt.outcome(), attempt.message());
        assertEquals(List.of(0, 0, 0, 0), List.of(attempt.created(), attempt.deactivated(), attempt.reactivated(),
                attempt.conflicts()), attempt.message());
        DirectoryUser now = scenario.directoryUser(configuration, reborn.objectGuid().toString());
        assertEquals(DirectoryUserState.SYNCED, now.getState(), now.getStateReason().orElse(""));
        assertEquals(contact, now.getContact().orElseThrow().getId());
        assertTrue(scenario.contactState(contact).active());
        DirectoryUser gone = scenario.directoryUser(configuration, della.objectGuid().toString());
        assertTrue(gone.getContact().isEmpty(), "the departed user's mapping ended");
        assertEquals(DirectoryUserState.INACTIVE, gone.getState());
        String reason = gone.getStateReason().orElseThrow(() -> new AssertionError("every user not synced says why"));
        assertTrue(reason.startsWith("Not in scope since ") && reason.contains("deleted from the directory")
                && reason.endsWith("; its contact was taken over by Della Deleted."), reason);
        ContactChangeView takeOver = changesOf(configuration, attempt, ContactChangeKind.TAKEN_OVER).get(0);
        assertTrue(takeOver.note().contains("Was mapped to Della Deleted, who left the scope"), takeOver.note());
    }

    @Test
    void aDisabledUserIsMatchedLikeAnEnabledOneButNeverGetsANewContact() throws Exception {
        long org = scenario.organization("Disabled");
        long dan = scenario.contact(org, "Dan", null, "Done", "dan@safe.example", true, null);
        directory.addUser(ActiveDirectoryUser.named("Dan", "Done", "dan@safe.example").disabled(), people);
        ActiveDirectoryUser eve = ActiveDirectoryUser.named("Eve", "Elsewhere", "eve@safe.example").disabled();
        directory.addUser(eve, people);
        long configuration = configure(org);

        SyncAttemptView attempt = sync(configuration);

        assertEquals(List.of(0, 1), List.of(attempt.created(), attempt.deactivated()), attempt.message());
        assertFalse(scenario.contactState(dan).active(), "the matched contact became inactive");
        assertEquals(1, scenario.countContacts(org), "no contact for the disabled user without one");
        DirectoryUser unmatched = scenario.directoryUser(configuration, eve.objectGuid().toString());
        assertEquals(DirectoryUserState.INACTIVE, unmatched.getState());
        assertTrue(unmatched.getContact().isEmpty());
        assertEquals("Disabled in the directory; no contact matched, and a disabled user never gets a new one.",
                unmatched.getStateReason().orElse(null));

        SyncAttemptView again = sync(configuration);
        assertEquals(List.of(0, 0, 0, 0), List.of(again.created(), again.updated(), again.deactivated(),
                again.reactivated()), "an unchanged directory changes nothing: " + again.message());
    }
}
