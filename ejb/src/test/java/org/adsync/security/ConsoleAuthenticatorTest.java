package org.adsync.security;

import org.adsync.audit.AuditActor;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in check's guards, with users in memory and a cheap hash. */
class ConsoleAuthenticatorTest {

    private static final String PASSWORD = "correct horse battery";

    private final InMemoryConsoleUsers users = new InMemoryConsoleUsers();
    private final ConsoleAuthenticator authenticator = new ConsoleAuthenticator();
    private final List<String> audited = new CopyOnWriteArrayList<>();
    private boolean localSignInForEveryone = true;

    ConsoleAuthenticatorTest() {
        authenticator.audit = new AuditLog() {
            @Override
            public void recordSignIn(AuditKind kind, AuditActor who, String details) {
                audited.add(kind + " " + who.username() + " " + who.clientAddress() + " " + who.channel());
            }
        };
        authenticator.users = users;
        authenticator.hasher = new PasswordHasher(1);
        authenticator.throttle = new SignInThrottle(5, 1000);
        authenticator.localSignIn = () -> localSignInForEveryone;
        users.add(new ConsoleUser("admin", "Admin", authenticator.hasher.hash(PASSWORD.toCharArray()),
                new SecurityLevel("Administrator", EnumSet.allOf(Permission.class))));
    }

    @Test
    void theRightPasswordIsAcceptedWithTheUsersPermissions() {
        SignInOutcome outcome = signIn("admin", PASSWORD);

        assertEquals(EnumSet.allOf(Permission.class),
                assertInstanceOf(SignInOutcome.Accepted.class, outcome).user().permissions());
        assertTrue(users.lastSignIn("admin").isPresent(), "the sign-in is noted, so the user cannot be deleted");
    }

    @Test
    void consoleSignInsAndEveryFailureAreAuditedWithoutAnUnknownNameThatMayBeAPassword() {
        signIn("admin", PASSWORD);
        signIn("admin", "wrong");
        signIn("correct horse battery", "oops");
        authenticator.signIn(new SignInRequest("admin", PASSWORD.toCharArray(), "192.0.2.7", "API, HTTP Basic"));

        assertEquals(List.of("SIGNED_IN admin 192.0.2.1 CONSOLE", "SIGN_IN_FAILED admin 192.0.2.1 CONSOLE",
                "SIGN_IN_FAILED (unknown user name) 192.0.2.1 CONSOLE"), audited,
                "an API call signing in with a password is not a sign-in to audit each time");
    }

    @Test
    void withLocalSignInOffOnlyTheBreakGlassAccountsSignInWithAPassword() {
        users.add(new ConsoleUser("tech", "Tech", authenticator.hasher.hash(PASSWORD.toCharArray()),
                new SecurityLevel("Technician", EnumSet.of(Permission.VIEW_ORGANIZATIONS))));
        users.findByUsername("admin").orElseThrow().markBreakGlass(true);
        localSignInForEveryone = false;

        assertInstanceOf(SignInOutcome.Refused.class, signIn("tech", PASSWORD));
        assertInstanceOf(SignInOutcome.Accepted.class, signIn("admin", PASSWORD), "the break-glass account");
        localSignInForEveryone = true;
        assertInstanceOf(SignInOutcome.Accepted.class, signIn("tech", PASSWORD));
    }

    @Test
    void aUserTheProviderCreatedHasNoPasswordToSignInWith() {
        users.add(ConsoleUser.signedOnBy("https://sso.example/realms/msp", "f3a1", "sso.user", "SSO User",
                new SecurityLevel("Technician", EnumSet.of(Permission.VIEW_ORGANIZATIONS))));

        assertInstanceOf(SignInOutcome.Refused.class, signIn("sso.user", ""));
        assertInstanceOf(SignInOutcome.Refused.class, signIn("sso.user", PASSWORD));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsUncheckedAndASuccessBeforeThatResets() {
        for (int i = 0; i < 4; i++) {
            assertInstanceOf(SignInOutcome.Refused.class, signIn("admin", "guess " + i));
        }
        assertInstanceOf(SignInOutcome.Accepted.class, signIn("admin", PASSWORD), "four failures cost nothing");
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInOutcome.Refused.class, signIn("admin", "guess " + i));
        }

        SignInOutcome throttled = signIn("admin", PASSWORD);

        assertTrue(assertInstanceOf(SignInOutcome.Throttled.class, throttled).retryAfter().toSeconds() > 0);
    }

    @Test
    void whenEveryPasswordCheckIsTakenTheNextTryIsBusyAtOnceInsteadOfQueueing() throws Exception {
        CountDownLatch checking = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        users.add(new ConsoleUser("slow", "Slow", authenticator.hasher.hash(PASSWORD.toCharArray()),
                new SecurityLevel("Viewer", EnumSet.of(Permission.VIEW_ORGANIZATIONS))) {
            @Override
            String getPasswordHash() {
                checking.countDown();
                await(release);
                return super.getPasswordHash();
            }
        });
        authenticator.passwordChecks = new Semaphore(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<SignInOutcome> first = pool.submit(() -> signIn("slow", PASSWORD));
            Future<SignInOutcome> second = pool.submit(() -> signIn("slow", PASSWORD));
            assertTrue(checking.await(10, TimeUnit.SECONDS), "two checks are under way");

            SignInOutcome third = signIn("admin", PASSWORD);
            release.countDown();

            assertInstanceOf(SignInOutcome.Busy.class, third);
            assertInstanceOf(SignInOutcome.Accepted.class, first.get(10, TimeUnit.SECONDS));
            assertInstanceOf(SignInOutcome.Accepted.class, second.get(10, TimeUnit.SECONDS));
            assertInstanceOf(SignInOutcome.Accepted.class, signIn("admin", PASSWORD), "a check is free again");
        } finally {
            pool.shutdownNow();
        }
    }

    private SignInOutcome signIn(String username, String password) {
        return authenticator.signIn(new SignInRequest(username, password.toCharArray(), "192.0.2.1", "test"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSessionOfADisabledUserEndsAndAChangedLevelAppliesAtOnce() {
        ConsoleUser admin = users.findByUsername("admin").orElseThrow();
        admin.assign(new SecurityLevel("Viewer", EnumSet.of(Permission.VIEW_ORGANIZATIONS)));

        assertEquals(EnumSet.of(Permission.VIEW_ORGANIZATIONS),
                authenticator.stillSignedIn("admin", Instant.now()).orElseThrow().permissions());
        admin.disable();
        assertTrue(authenticator.stillSignedIn("admin", Instant.now()).isEmpty());
    }

    @Test
    void aPasswordChangeEndsTheSessionsSignedInBeforeIt() {
        Instant before = Instant.now().minusSeconds(60);
        ConsoleUser admin = users.findByUsername("admin").orElseThrow();

        admin.choosePassword(authenticator.hasher.hash("a new long passphrase".toCharArray()));

        assertTrue(authenticator.stillSignedIn("admin", before).isEmpty(), "the older session ends");
        assertTrue(authenticator.stillSignedIn("admin", Instant.now()).isPresent(), "one signed in since stands");
    }

    @Test
    void checkingOnesOwnPasswordIsThrottledAndCappedLikeASignIn() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInOutcome.Refused.class, authenticator.checkOwnPassword("admin",
                "wrong".toCharArray(), "192.0.2.9"));
        }
        assertInstanceOf(SignInOutcome.Throttled.class, authenticator.checkOwnPassword("admin",
                PASSWORD.toCharArray(), "192.0.2.9"));
        assertInstanceOf(SignInOutcome.Accepted.class, signIn("admin", PASSWORD),
                "the form from another address is not held up");
        authenticator.passwordChecks = new Semaphore(0);
        assertInstanceOf(SignInOutcome.Busy.class, authenticator.checkOwnPassword("admin", PASSWORD.toCharArray(),
                "192.0.2.2"));
    }
}
