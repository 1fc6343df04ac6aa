package org.adsync.it.sync;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.api.Polling;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Syncs of an Active Directory that numbers its changes, through the API as a script would: after the first full
 * read each sync reads only what changed, takes over a changed title and deactivates a deleted user's contact, and
 * reads in full again when an admin asks (Force Sync with full=true) or the settings change; a change of the scoped
 * group lists its members by ID and reads only its new members in full.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActiveDirectoryDeltaSyncIT {

    private static final String PASSWORD = "delta admin password 1";
    private static final String BASE_DN = "DC=delta,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Delta-Bind-Secret-42";

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private final DeletedObjectsGate deletedObjects = new DeletedObjectsGate();
    private LookAlikeDirectory directory;
    private final List<ActiveDirectoryUser> users = new ArrayList<>();
    private String people;
    private ApiClient api;

    @BeforeEach
    void startDirectoryAndSignIn() throws Exception {
        directory = LookAlikeDirectory.startTrackingChanges(Path.of("target", "delta-it", "directory.p12"),
                BASE_DN, 0, SERVICE_DN, SERVICE_PASSWORD, deletedObjects);
        people = directory.addContainer("People");
        for (int i = 0; i < 20; i++) {
            ActiveDirectoryUser user = ActiveDirectoryUser.named("Dee", "Delta" + i, "delta" + i + "@example.test");
            directory.addUser(user, people);
            users.add(user);
        }
        String admin = FixtureClient.unique("delta-admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS);
        api = ApiClient.anonymous().withPassword(admin, PASSWORD);
    }

    @AfterEach
    void stopDirectory() {
        directory.close();
    }

    @Test
    void eachSyncReadsOnlyWhatChangedUntilAFullReadIsAskedForOrTheSettingsChange() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Delta"));
        var created = api.post("syncs", body(organization, "(&(objectCategory=person)(objectClass=user))"));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();

        JsonObject first = force(id, "");
        assertEquals(20, first.getInt("created"), first::toString);
        assertTrue(first.getString("message").contains("Full read: no earlier read"), first::toString);

        ActiveDirectoryUser promoted = users.get(4);
        directory.modify(dn(promoted), new Modification(ModificationType.REPLACE, "title", "Head of Deltas"));
        ActiveDirectoryUser leaver = users.get(9);
        directory.delete(dn(leaver));
        JsonObject delta = force(id, "");
        assertEquals("SUCCEEDED", delta.getString("outcome"), delta::toString);
        assertEquals(1, delta.getInt("read"), "only the changed user was read: " + delta);
        assertEquals(1, delta.getInt("updated"), delta::toString);
        assertEquals(1, delta.getInt("deactivated"), "the deleted user's contact: " + delta);
        assertTrue(delta.getString("message").contains("Only the changes since USN"), delta::toString);
        assertEquals("Head of Deltas", contact(organization, promoted).getString("title"));
        assertFalse(contact(organization, leaver).getBoolean("active"));

        deletedObjects.refuse = true; // a bind user without List Contents on Deleted Objects, as by default
        ActiveDirectoryUser second = users.get(11);
        directory.delete(dn(second));
        JsonObject listed = force(id, "");
        assertEquals(0, listed.getInt("read"), "no one changed: " + listed);
        assertEquals(1, listed.getInt("deactivated"), "not listed, so gone: " + listed);
        assertTrue(listed.getString("message").contains("listed by ID"), listed::toString);
        assertFalse(contact(organization, second).getBoolean("active"));
        deletedObjects.refuse = false;

        JsonObject full = force(id, "?full=true");
        assertEquals(18, full.getInt("read"), full::toString);
        assertEquals(0, full.getInt("deactivated"), full::toString);
        assertTrue(full.getString("message").contains("Full read: an admin asked for a full sync"), full::toString);
        assertTrue(force(id, "").getString("message").contains("Only the changes since USN"));

        var changed = api.put("syncs/" + id, body(organization, "(&(objectCategory=person)(objectClass=user)"
                + "(mail=*))"));
        assertEquals(200, changed.status(), changed::toString);
        JsonObject afterChange = force(id, "");
        assertEquals(18, afterChange.getInt("read"), afterChange::toString);
        assertTrue(afterChange.getString("message").contains("Full read: the filter changed since the last read."),
                afterChange::toString);
    }

    @Test
    void aDeltaThatWasHeldAndThenApprovedStillTakesOverWhatItRead() throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Delta held"));
        JsonObject limited = Json.createObjectBuilder(Json.createReader(new StringReader(body(organization,
                        "(&(objectCategory=person)(objectClass=user))"))).readObject())
                .add("deactivationLimit", Json.createObjectBuilder().add("kind", "COUNT").add("value", 1)).build();
        var created = api.post("syncs", limited.toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(20, force(id, "").getInt("created"));

        ActiveDirectoryUser promoted = users.get(3);
        directory.modify(dn(promoted), new Modification(ModificationType.REPLACE, "title", "Held Title"));
        directory.delete(dn(users.get(5)));
        directory.delete(dn(users.get(6)));
        JsonObject held = force(id, "");
        assertEquals("HELD", held.getString("outcome"), held::toString);
        assertFalse("Held Title".equals(contact(organization, promoted).getString("title", null)),
                "nothing is written while held");

        var approval = api.post("syncs/" + id + "/attempts/" + held.getJsonNumber("id").longValue() + "/approve");
        assertEquals(202, approval.status(), approval::toString);
        JsonObject approved = Polling.awaitFinished(api, "syncs/" + id + "/attempts/"
                + approval.object().getJsonNumber("id").longValue());
        assertEquals("SUCCEEDED", approved.getString("outcome"), approved::toString);
        assertTrue(approved.getString("message").contains("Only the changes since USN"), approved::toString);
        assertEquals(2, approved.getInt("deactivated"), approved::toString);
        assertEquals(1, approved.getInt("updated"), "the user the held run stored, unchanged since: " + approved);
        assertEquals("Held Title", contact(organization, promoted).getString("title"));
    }

    @Test
    void aGroupsNewMembersAreCreatedAndItsLeaversDeactivatedWithoutAFullRead() throws Exception {
        String group = "CN=Delta Staff," + directory.addContainer("Groups");
        directory.add(new Entry(group, new Attribute("objectClass", "top", "group")));
        for (ActiveDirectoryUser user : users.subList(0, 6)) {
            setMember(group, user, ModificationType.ADD);
        }
        long organization = fixtures.organization(FixtureClient.unique("Delta group"));
        var created = api.post("syncs", body(organization, "(&(objectCategory=person)(objectClass=user))", group));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(6, force(id, "").getInt("created"));

        ActiveDirectoryUser leaver = users.get(2);
        setMember(group, leaver, ModificationType.DELETE);
        ActiveDirectoryUser joiner = users.get(15);
        setMember(group, joiner, ModificationType.ADD);
        JsonObject changed = force(id, "");
        assertEquals("SUCCEEDED", changed.getString("outcome"), changed::toString);
        assertTrue(changed.getString("message").contains("listed by ID, since it or a group in it changed"),
                changed::toString);
        assertEquals(1, changed.getInt("read"), "only the new member was read in full: " + changed);
        assertEquals(1, changed.getInt("created"), changed::toString);
        assertEquals(1, changed.getInt("deactivated"), changed::toString);
        assertTrue(contact(organization, joiner).getBoolean("active"));
        assertFalse(contact(organization, leaver).getBoolean("active"));

        setMember(group, leaver, ModificationType.ADD);
        JsonObject back = force(id, "");
        assertEquals(1, back.getInt("read"), "the returning member, held out of scope, read in full: " + back);
        assertEquals(1, back.getInt("reactivated"), back::toString);
        assertTrue(contact(organization, leaver).getBoolean("active"));
    }

    /**
     * Adds to or removes from the group as a real DC does: the group's member attribute changes (numbered); the
     * user's memberOf is a back link, which gives the user no new USN.
     */
    private void setMember(String group, ActiveDirectoryUser user, ModificationType change) throws LDAPException {
        directory.server().modify(dn(user), new Modification(change, "memberOf", group));
        directory.modify(group, new Modification(change, "member", dn(user)));
    }

    /** A bind user that may not list CN=Deleted Objects while {@code refuse} is set. */
    private static final class DeletedObjectsGate extends InMemoryOperationInterceptor {
        volatile boolean refuse;

        @Override
        public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
            if (refuse && request.getRequest().getBaseDN().startsWith("CN=Deleted Objects")) {
                throw new LDAPException(ResultCode.INSUFFICIENT_ACCESS_RIGHTS, "no access to deleted objects");
            }
        }
    }

    private JsonObject force(long id, String query) {
        var forced = api.post("syncs/" + id + "/force" + query);
        assertEquals(202, forced.status(), forced::toString);
        return Polling.awaitFinished(api, "syncs/" + id + "/attempts/" + forced.object().getJsonNumber("id")
                .longValue());
    }

    private JsonObject contact(long organization, ActiveDirectoryUser user) {
        return api.get("organizations/" + organization + "/contacts?search=" + user.surname()).object()
                .getJsonArray("items").getJsonObject(0);
    }

    private String dn(ActiveDirectoryUser user) {
        return "CN=" + user.commonName() + "," + people;
    }

    private String body(long organization, String filter) throws Exception {
        return body(organization, filter, null);
    }

    private String body(long organization, String filter, String groupDn) throws Exception {
        JsonObjectBuilder ldap = Json.createObjectBuilder().add("host", "127.0.0.1").add("port", directory.port())
                .add("transport", "LDAPS").add("bindDn", SERVICE_DN).add("bindPassword", SERVICE_PASSWORD)
                .add("baseDn", BASE_DN).add("filter", filter).add("trustedCertificatesPem", directory.certificatePem());
        if (groupDn != null) {
            ldap.add("groupDn", groupDn);
        }
        return Json.createObjectBuilder().add("organizationId", organization).add("enabled", false)
                .add("directoryType", "LDAP").add("ldap", ldap).build().toString();
    }
}
