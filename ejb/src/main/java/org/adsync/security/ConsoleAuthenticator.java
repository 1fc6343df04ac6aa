package org.adsync.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditActor;
import org.adsync.audit.AuditChannel;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditedUser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a sign-in with a name and password against the stored users, for the console's form and the API's HTTP
 * Basic alike. Guessing is slowed per account and per client address ({@link SignInThrottle}), and at most a few
 * passwords are hashed at once: each check costs about half a second of CPU, so a burst of tries is answered
 * "busy" at once instead of queueing up and starving real sign-ins. Every outcome goes to the server log with who
 * and from where, never with the password.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsoleAuthenticator {

    private static final Logger LOG = Logger.getLogger(ConsoleAuthenticator.class.getName());

    @Inject
    ConsoleUserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    LocalSignInPolicy localSignIn;

    Clock clock = Clock.systemUTC();
    SignInThrottle throttle = new SignInThrottle(Integer.getInteger("adsync.signin.account-failures", 5),
            Integer.getInteger("adsync.signin.address-failures", 20));
    Semaphore passwordChecks = new Semaphore(Integer.getInteger("adsync.signin.concurrent-checks",
            Math.max(2, Runtime.getRuntime().availableProcessors())));

    public SignInOutcome signIn(SignInRequest request) {
        Optional<ConsoleUser> found = request.username() == null ? Optional.empty()
                : users.findByUsername(request.username().strip());
        String who = describe(found, request);
        Instant now = clock.instant();
        SignInOutcome outcome = throttledCheck(request.username(), request.clientAddress(), found,
                request.password(), who, now);
        if (outcome instanceof SignInOutcome.Refused) {
            audited(AuditKind.SIGN_IN_FAILED, found, request);
        } else if (outcome instanceof SignInOutcome.Accepted accepted) {
            users.recordSignIn(accepted.user().username(), now);
            LOG.info(() -> "Sign-in accepted: " + who);
            if (!isApi(request)) { // an API call with a password signs in each time: its calls are what to audit
                audited(AuditKind.SIGNED_IN, found, request);
            }
        }
        return outcome;
    }

    /**
     * Checks a signed-in user's own password before they change it (the console's Change password, the API's
     * {@code PUT /me/password}), behind the same throttle and the same cap on concurrent checks as a sign-in: so
     * that it can be used neither to guess the password of a session left open nor to tie up the server.
     */
    public SignInOutcome checkOwnPassword(String username, char[] password, String clientAddress) {
        return throttledCheck(username, clientAddress, users.findByUsername(username),
                password == null ? new char[0] : password, "user '" + username + "' from " + clientAddress
                        + " (change of password)", clock.instant());
    }

    /**
     * Every password check: refused unchecked while the account must wait from that address or as many checks run
     * as the server allows at once; otherwise checked, and the failure or success counted.
     */
    private SignInOutcome throttledCheck(String username, String address, Optional<ConsoleUser> found,
                                         char[] password, String who, Instant now) {
        Optional<Duration> wait = throttle.waitBefore(username, address, now);
        if (wait.isPresent()) {
            LOG.warning(() -> "Password refused unchecked, too many failures: " + who + "; next try in "
                    + wait.get().toSeconds() + " s");
            return new SignInOutcome.Throttled(wait.get());
        }
        if (!passwordChecks.tryAcquire()) {
            LOG.warning(() -> "Password refused unchecked, the server is busy checking other passwords: " + who);
            return new SignInOutcome.Busy();
        }
        try {
            Optional<AuthenticatedUser> user = check(found, password, who);
            if (user.isEmpty()) {
                throttle.failed(username, address, now);
                return new SignInOutcome.Refused();
            }
            throttle.succeeded(username, address);
            return new SignInOutcome.Accepted(user.get());
        } finally {
            passwordChecks.release();
        }
    }

    /**
     * The user a console session signed in earlier (at {@code signedInAt}), as they are now: none once disabled or
     * deleted, or once their password changed after that moment, so that those sessions stop at once; and with the
     * permissions of their security level today.
     */
    public Optional<AuthenticatedUser> stillSignedIn(String username, Instant signedInAt) {
        return users.findByUsername(username).filter(ConsoleUser::isEnabled)
                .filter(user -> user.sessionStands(signedInAt))
                .map(user -> AuthenticatedUser.of(user, null));
    }

    /** As the log, the record leaves an unknown name out: it may be a password typed into the wrong field. */
    private void audited(AuditKind kind, Optional<ConsoleUser> found, SignInRequest request) {
        try {
            AuditedUser who = found.map(ConsoleUser::audited)
                    .orElse(AuditedUser.named("(unknown user name)"));
            audit.recordSignIn(kind, AuditActor.of(who, request.clientAddress(),
                            isApi(request) ? AuditChannel.API : AuditChannel.CONSOLE),
                    request.channel());
        } catch (RuntimeException e) { // the database may be away: the sign-in's answer must not depend on it
            LOG.log(Level.WARNING, "Could not record the sign-in in the audit trail", e);
        }
    }

    private static boolean isApi(SignInRequest request) {
        return request.channel() != null && request.channel().startsWith("API");
    }

    private Optional<AuthenticatedUser> check(Optional<ConsoleUser> found, char[] password, String who) {
        if (found.isEmpty()) {
            // as slow as a known user, so that the answer's time does not tell which user names exist
            hasher.spendVerificationTime(password);
            LOG.warning(() -> "Sign-in refused, unknown user: " + who);
            return Optional.empty();
        }
        ConsoleUser user = found.get();
        if (!user.passwordMatches(password, hasher)) {
            LOG.warning(() -> "Sign-in refused, wrong password" + (user.isSignedOnByProvider()
                    ? " (the user signs in through the single sign-on provider only)" : "") + ": " + who);
            return Optional.empty();
        }
        if (!user.isEnabled()) {
            LOG.warning(() -> "Sign-in refused, the user is disabled: " + who);
            return Optional.empty();
        }
        if (!user.isBreakGlass() && !localSignIn.allowedForEveryone()) {
            LOG.warning(() -> "Sign-in refused, local sign-in is off for all but the break-glass accounts: " + who);
            return Optional.empty();
        }
        return Optional.of(AuthenticatedUser.of(user, null));
    }

    /**
     * Who tried, from where, through which door. An unknown name is left out: people type their password into
     * the user name field, and the log must not keep it.
     */
    private static String describe(Optional<ConsoleUser> found, SignInRequest request) {
        String name = found.map(user -> "user '" + user.getUsername() + "'").orElse("an unknown user name");
        return name + " from " + request.clientAddress() + " (" + request.channel() + ")";
    }
}
