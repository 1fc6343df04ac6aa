package org.adsync.it.sync;

import com.unboundid.ldap.sdk.LDAPConnection;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.adsync.demo.directory.OpenLdapServer;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.api.Polling;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.adsync.demo.directory.OpenLdapServer.SUFFIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Syncs of a real OpenLDAP (slapd with syncprov and ppolicy, started by the test on a loopback port) through the API:
 * after the first full read each sync takes only the changes the server reports (RFC 4533), and must end exactly
 * where a full read of the same directory ends: a changed title, phone and mail taken over, users locked by the
 * password policy deactivated by the sync's "Disabled when" filter, no error; and another bind user makes the next
 * read full, so that a user who may see less never continues from the other's position.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenLdapDeltaSyncIT {

    private static final String PASSWORD = "openldap delta admin password";
    private static final String LOCKED = "(pwdAccountLockedTime=*)";
    private static final int USERS = OpenLdapServer.CAPPED_TOTAL + 10;

    private final FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
    private ApiClient api;

    @BeforeEach
    void signIn() {
        String admin = FixtureClient.unique("openldap-admin");
        fixtures.user(admin, PASSWORD, Permission.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.VIEW_ORGANIZATIONS);
        api = ApiClient.anonymous().withPassword(admin, PASSWORD);
    }

    @Test
    void aDeltaEndsWhereAFullReadEndsWithTheNamedPhaseAndTheListedOne() throws Exception {
        for (OpenLdapServer.ContentSync kind : List.of(OpenLdapServer.ContentSync.DELETE_PHASE,
                OpenLdapServer.ContentSync.PRESENT_PHASE)) {
            try (OpenLdapServer slapd = OpenLdapServer.start(freshDirectory(kind), kind)) {
                deltaThenFullRead(slapd, kind);
            }
        }
    }

    private void deltaThenFullRead(OpenLdapServer slapd, OpenLdapServer.ContentSync kind) throws Exception {
        String unit = addUsers(slapd);
        long organization = fixtures.organization(FixtureClient.unique("OpenLDAP " + kind));
        var created = api.post("syncs", body(organization, slapd, unit, OpenLdapServer.READER_DN, true));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        JsonObject first = force(id, "");
        assertEquals(USERS, first.getInt("created"), first::toString);

        try (LDAPConnection admin = slapd.admin()) {
            admin.modify("dn: " + user(unit, 1), "changetype: modify", "replace: title", "title: Chief of Staff",
                    "-", "replace: telephoneNumber", "telephoneNumber: +1 555 0101", "-", "replace: mail",
                    "mail: chief@" + unit + ".example");
        }
        slapd.lockOutByFailedPasswords(user(unit, 2));
        slapd.lockOutByFailedPasswords(user(unit, 3));
        JsonObject delta = force(id, "");

        String why = kind + ": " + delta;
        assertEquals("SUCCEEDED", delta.getString("outcome"), why);
        assertTrue(delta.getString("message").contains("Only the changes the server reported"), why);
        assertEquals(List.of(0, 1, 2, 0, 0, 0), List.of(delta.getInt("created"), delta.getInt("updated"),
                delta.getInt("deactivated"), delta.getInt("reactivated"), delta.getInt("conflicts"),
                delta.getInt("errors")), why);
        JsonObject chief = contact(organization, "Number1th");
        assertEquals(List.of("Chief of Staff", "+1 555 0101", "chief@" + unit + ".example"),
                List.of(chief.getString("title"), chief.getString("phone"), chief.getString("email")), why);
        assertFalse(contact(organization, "Number2th").getBoolean("active"), why);
        assertFalse(contact(organization, "Number3th").getBoolean("active"), why);

        JsonObject full = force(id, "?full=true");
        assertTrue(full.getString("message").contains("Full read: an admin asked"), full::toString);
        assertEquals(List.of(USERS, 0, 0, 0, 0, 0), List.of(full.getInt("read"), full.getInt("created"),
                full.getInt("updated"), full.getInt("deactivated"), full.getInt("reactivated"), full.getInt("errors")),
                "a full read of the same directory finds nothing the delta left undone: " + full);

        var capped = api.put("syncs/" + id, body(organization, slapd, unit, OpenLdapServer.CAPPED_READER_DN, true));
        assertEquals(200, capped.status(), capped::toString);
        JsonObject afterBindChange = force(id, "");
        assertTrue(afterBindChange.getString("message").contains("Full read: the bind user changed since the last "
                + "read."), afterBindChange::toString);
        assertEquals("FAILED", afterBindChange.getString("outcome"), "the capped user cannot read all "
                + USERS + ", and says so instead of succeeding with nothing read: " + afterBindChange);
        assertEquals(0, afterBindChange.getInt("deactivated"), afterBindChange::toString);
    }

    private static Path freshDirectory(OpenLdapServer.ContentSync kind) throws Exception {
        Path dir = Path.of("target", "openldap-delta-it", kind.name()).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** {@value #USERS} inetOrgPersons with passwords, so that failed binds can lock them. */
    private static String addUsers(OpenLdapServer slapd) throws Exception {
        String unit = "delta" + System.nanoTime() % 100_000;
        try (LDAPConnection admin = slapd.admin()) {
            admin.add("dn: ou=" + unit + "," + SUFFIX, "objectClass: organizationalUnit", "ou: " + unit);
            for (int i = 0; i < USERS; i++) {
                admin.add("dn: " + user(unit, i), "objectClass: inetOrgPerson", "uid: " + unit + "-" + i,
                        "cn: Person " + i, "givenName: Person", "sn: Number" + i + "th", "mail: " + unit + "-" + i
                                + "@example.org", "title: Clerk", "userPassword: password-" + i);
            }
        }
        return unit;
    }

    private static String user(String unit, int i) {
        return "uid=" + unit + "-" + i + ",ou=" + unit + "," + SUFFIX;
    }

    private JsonObject force(long id, String query) {
        var forced = api.post("syncs/" + id + "/force" + query);
        assertEquals(202, forced.status(), forced::toString);
        return Polling.awaitFinished(api, "syncs/" + id + "/attempts/" + forced.object().getJsonNumber("id")
                .longValue());
    }

    private JsonObject contact(long organization, String lastName) {
        return api.get("organizations/" + organization + "/contacts?search=" + lastName).object()
                .getJsonArray("items").getJsonObject(0);
    }

    private static String body(long organization, OpenLdapServer slapd, String unit, String bindDn,
                               boolean withPassword) {
        JsonObjectBuilder ldap = Json.createObjectBuilder().add("host", "127.0.0.1").add("port", slapd.port())
                .add("transport", "STARTTLS").add("bindDn", bindDn).add("baseDn", "ou=" + unit + "," + SUFFIX)
                .add("disabledFilter", LOCKED).add("trustedCertificatesPem", slapd.certificatePem());
        if (withPassword) {
            ldap.add("bindPassword", OpenLdapServer.READER_PASSWORD);
        }
        return Json.createObjectBuilder().add("organizationId", organization).add("enabled", false)
                .add("directoryType", "LDAP").add("ldap", ldap).build().toString();
    }
}
