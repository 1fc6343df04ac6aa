package org.adsync.security.sso;

import org.adsync.audit.AuditActor;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.secret.SecretCipher;
import org.adsync.security.ConsoleUser;
import org.adsync.security.InMemoryConsoleUsers;
import org.adsync.security.Permission;
import org.adsync.security.SecurityLevel;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a sign-in through the provider makes of the verified claims ({@link SsoSignIns} with {@link SsoAccounts}): the
 * user, their level, or a refusal.
 */
class SsoSignInsTest {

    private static final String ISSUER = "https://sso.example.com/realms/msp";
    private static final URI CALLBACK = URI.create("https://psa.example.com/adsync/sso/callback");

    private final InMemoryConsoleUsers users = new InMemoryConsoleUsers();
    private final SecurityLevel administrator = users.add(new SecurityLevel("Administrator",
            EnumSet.allOf(Permission.class)));
    private final SecurityLevel technician = users.add(new SecurityLevel("Technician",
            EnumSet.of(Permission.VIEW_ORGANIZATIONS)));
    private final List<String> audited = new ArrayList<>();
    private final SsoSignIns signIns = new SsoSignIns();
    private Map<String, Object> claims;

    SsoSignInsTest() {
        SsoSettings settings = new SsoSettings(SsoPreset.KEYCLOAK, null, ISSUER, "adsync", null, List.of(), null, null,
                null, true, true, List.of(), List.of()).checked();
        SsoProvider provider = new SsoProvider(settings, "v1:stored", List.of(
                new SsoProvider.Mapped("adsync-admins", administrator),
                new SsoProvider.Mapped("adsync-technicians", technician)));
        SsoProviderRepository providers = new SsoProviderRepository() {
            @Override
            public Optional<SsoProvider> find() {
                return Optional.of(provider);
            }

            @Override
            public SsoProvider add(SsoProvider added) {
                return added;
            }

            @Override
            public void remove(SsoProvider removed) {
            }

            @Override
            public void flush() {
            }
        };
        signIns.providers = providers;
        SsoAccounts accounts = new SsoAccounts();
        accounts.providers = providers;
        accounts.users = users;
        signIns.accounts = accounts;
        signIns.cipher = new SecretCipher() {
            @Override
            public char[] decrypt(String stored) {
                return "client-secret".toCharArray();
            }
        };
        signIns.client = new OpenIdConnectClient() {
            @Override
            public VerifiedSignIn redeem(SsoSettings provider, char[] clientSecret, String code,
                                         PendingSsoSignIn pending, URI redirectUri,
                                         Predicate<Map<String, Object>> wanted) {
                return new VerifiedSignIn(ISSUER, (String) claims.get("sub"), claims, "id-token", null);
            }
        };
        accounts.audit = new AuditLog() {
            @Override
            public void recordSignIn(AuditKind kind, AuditActor who, String details) {
                audited.add(kind + " " + who.username() + ": " + details);
            }
        };
    }

    @Test
    void theFirstSignInCreatesTheUserWithTheFirstMappedLevelAndALaterOneFollowsTheirRoles() {
        claims = Map.of("sub", "f3a1", "preferred_username", "alice", "name", "Alice Admin",
                "realm_access", Map.of("roles", List.of("adsync-technicians", "adsync-admins")));

        SsoOutcome.Accepted first = assertInstanceOf(SsoOutcome.Accepted.class, signIn());

        ConsoleUser alice = users.findByUsername("alice").orElseThrow();
        assertEquals(administrator, alice.getSecurityLevel(), "the administrator's order decides, not the token's");
        assertTrue(alice.isSignedOnByProvider());
        assertEquals("Alice Admin", first.user().displayName());
        assertTrue(audited.get(0).startsWith("SIGNED_IN alice") && audited.get(0).contains("→ Administrator (new "
                + "user)"), audited::toString);

        claims = Map.of("sub", "f3a1", "preferred_username", "alice.renamed",
                "realm_access", Map.of("roles", List.of("adsync-technicians")));
        assertInstanceOf(SsoOutcome.Accepted.class, signIn());
        assertEquals(technician, alice.getSecurityLevel(), "demoted at the provider, demoted here");
        assertEquals("alice.renamed", alice.getUsername(), "renamed at the provider, renamed here");
        assertEquals(alice, users.findBySsoSubject(ISSUER, "f3a1").orElseThrow(),
                "the subject names the account: the same user, not a new one");

        users.add(new ConsoleUser("taken.name", "Local", "hash", technician));
        claims = Map.of("sub", "f3a1", "preferred_username", "Taken.Name",
                "realm_access", Map.of("roles", List.of("adsync-technicians")));
        assertInstanceOf(SsoOutcome.Accepted.class, signIn());
        assertEquals("alice.renamed", alice.getUsername(), "a name another user has is not taken over");
    }

    @Test
    void aUserWhoseRolesMapToNoLevelIsRefusedWithTheRolesSeenAndNothingIsCreated() {
        claims = Map.of("sub", "h1", "preferred_username", "hank", "realm_access", Map.of("roles",
                List.of("helpdesk")));

        SsoOutcome.Refused refused = assertInstanceOf(SsoOutcome.Refused.class, signIn());

        assertEquals(List.of("helpdesk"), refused.groupsSeen());
        assertTrue(users.findByUsername("hank").isEmpty());
        assertTrue(audited.get(0).startsWith("SIGN_IN_FAILED hank"), audited::toString);
        assertTrue(audited.get(0).contains("preferred_username=hank, realm_access.roles [helpdesk]: refused. None of "
                + "your groups"), "the audit trail keeps what the provider sent, as for a sign-in accepted: "
                + audited);
    }

    @Test
    void aDisabledUserANameTakenByALocalUserAndAnEntraGroupOverageAreRefused() {
        claims = Map.of("sub", "d1", "preferred_username", "dora", "realm_access", Map.of("roles",
                List.of("adsync-admins")));
        assertInstanceOf(SsoOutcome.Accepted.class, signIn());
        users.findByUsername("dora").orElseThrow().disable();
        assertTrue(assertInstanceOf(SsoOutcome.Refused.class, signIn()).reason().contains("is disabled"));

        users.add(new ConsoleUser("Local.Admin", "Local", "hash", administrator));
        claims = Map.of("sub", "l1", "preferred_username", "local.admin", "realm_access", Map.of("roles",
                List.of("adsync-admins")));
        String refusal = assertInstanceOf(SsoOutcome.Refused.class, signIn()).reason();
        assertTrue(refusal.contains("cannot be used for a new console user"),
                "a local account is never taken over by a provider's user of the same name: " + refusal);
        assertFalse(refusal.contains("exists") || refusal.contains("Local.Admin"), "nor is its existence confirmed");

        claims = Map.of("sub", "r1", "preferred_username", "\u202Eadmin", "realm_access", Map.of("roles",
                List.of("adsync-admins")));
        assertTrue(assertInstanceOf(SsoOutcome.Refused.class, signIn()).reason().contains("text-direction"),
                "a provider's name is held to the rules of local names");
        assertFalse(users.findByUsername("Local.Admin").orElseThrow().isSignedOnByProvider());

        claims = Map.of("sub", "o1", "preferred_username", "olga", "_claim_names", Map.of("realm_access.roles",
                "src1"));
        assertTrue(assertInstanceOf(SsoOutcome.Refused.class, signIn()).reason().contains("too many groups"));
    }

    private SsoOutcome signIn() {
        return signIns.finish(PendingSsoSignIn.start("/adsync/", Instant.now()), "code", CALLBACK, "192.0.2.9");
    }
}
