package org.adsync.security;

import org.adsync.audit.AuditActor;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;

/** A sign-in check over users in memory, for the tests of the services that check a password through it. */
public final class TestAuthenticators {

    private TestAuthenticators() {
    }

    public static ConsoleAuthenticator over(ConsoleUserRepository users, PasswordHasher hasher) {
        ConsoleAuthenticator authenticator = new ConsoleAuthenticator();
        authenticator.users = users;
        authenticator.hasher = hasher;
        authenticator.localSignIn = () -> true;
        authenticator.throttle = new SignInThrottle(5, 20);
        authenticator.audit = new AuditLog() {
            @Override
            public void recordSignIn(AuditKind kind, AuditActor who, String details) {
                // not what these tests look at
            }
        };
        return authenticator;
    }
}
