package org.adsync.security.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditActor;
import org.adsync.audit.AuditChannel;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditedUser;
import org.adsync.platform.DisplayNames;
import org.adsync.security.AuthenticatedUser;
import org.adsync.security.ConsoleUser;
import org.adsync.security.ConsoleUserRepository;
import org.adsync.security.SecurityLevel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The console users of single sign-on. A user's first sign-in creates their console user, just in time, with the
 * security level the first of the administrator's mappings their groups or roles match; every later sign-in takes
 * the level from the claims again. The provider's issuer and subject name the account, so a user renamed at the
 * provider stays the same user here. A disabled user stays out, and so does a user whose groups map to no level: the
 * refusal says which groups were seen. Every outcome is audited, with the claims that decided the level.
 */
@ApplicationScoped
@Transactional
public class SsoAccounts {

    private static final Logger LOG = Logger.getLogger(SsoAccounts.class.getName());

    @Inject
    SsoProviderRepository providers;

    @Inject
    ConsoleUserRepository users;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** Signs in the user the provider vouched for, creating or updating their console user. */
    public SsoOutcome signIn(OpenIdConnectClient.VerifiedSignIn verified, String clientAddress) {
        SsoProvider provider = providers.find().filter(SsoProvider::isEnabled).orElseThrow(() ->
                new SsoProviderException("Single sign-on was switched off during the sign-in"));
        SsoSettings settings = provider.settings(List.of());
        SsoClaims claims = SsoClaims.read(verified.claims(), settings);
        AuditedUser who = AuditedUser.signedOnBy(claims.username().orElse("subject " + verified.subject()),
                verified.issuer(), verified.subject());
        if (claims.groupsOverflowed()) {
            return refused(who, clientAddress, settings, claims, "You are in too many groups for the provider to "
                    + "list them in the sign-in (Entra ID's group overage). An administrator must set the app "
                    + "registration's groups claim to \"Groups assigned to the application\" and assign the mapped "
                    + "groups to it");
        }
        Optional<SecurityLevel> level = provider.levelFor(claims.groups());
        Optional<ConsoleUser> found = users.findBySsoSubject(verified.issuer(), verified.subject());
        if (found.isPresent() && !found.get().isEnabled()) {
            return refused(found.get().audited(), clientAddress, settings, claims, "Your adsync account \""
                    + found.get().getUsername() + "\" is disabled: an administrator must enable it");
        }
        if (level.isEmpty() && claims.groups().isEmpty()) {
            return refused(who, clientAddress, settings, claims, "The provider sent no groups or roles (no \""
                    + settings.groupsClaim() + "\" claim), so adsync cannot tell your security level. An "
                    + "administrator must have the provider put them in the sign-in and map one under Admin › "
                    + "Security › Single sign-on");
        }
        if (level.isEmpty()) {
            return new SsoOutcome.Refused(audited(who, clientAddress, settings, "None of your groups or roles ("
                    + settings.groupsClaim() + ") is mapped to an adsync security level. An administrator must map "
                    + "one of them under Admin › Security › Single sign-on", sent(claims, settings)), claims.groups());
        }
        ConsoleUser user;
        if (found.isPresent()) {
            user = found.get();
            followRename(user, claims);
        } else {
            Optional<String> problem = unusableUsername(claims, settings);
            if (problem.isPresent()) {
                return refused(who, clientAddress, settings, claims, problem.get());
            }
            user = users.add(ConsoleUser.signedOnBy(verified.issuer(), verified.subject(), claims.username().get(),
                    claims.displayName(), level.get()));
        }
        user.assign(level.get());
        user.describe(claims.displayName(), claims.email());
        Instant now = clock.instant();
        users.recordSignIn(user.getUsername(), now);
        String decided = sent(claims, settings) + " → " + level.get().getName() + (found.isEmpty() ? " (new user)"
                : "");
        auditSignIn(AuditKind.SIGNED_IN, user.audited(), clientAddress, settings, decided);
        LOG.info(() -> "Single sign-on accepted: user '" + user.getUsername() + "' from " + clientAddress + " ("
                + decided + ")");
        return new SsoOutcome.Accepted(AuthenticatedUser.of(user, null), verified.issuer(), verified.subject(),
                verified.idToken(), verified.refreshToken());
    }

    /**
     * A user renamed at the provider has the new name here too, as their display name follows it: where the new name
     * is a good one and no other user's (else they keep the old one, and the log says why).
     */
    private void followRename(ConsoleUser user, SsoClaims claims) {
        Optional<String> renamed = claims.username().map(DisplayNames::normalized)
                .filter(name -> !name.equals(user.getUsername()));
        if (renamed.isEmpty()) {
            return;
        }
        String name = renamed.get();
        boolean free = users.findByUsernameIgnoringCase(name).map(other -> other == user).orElse(true);
        if (DisplayNames.problem(name).isEmpty() && name.length() <= ConsoleUser.MAX_USERNAME_LENGTH && free) {
            String before = user.getUsername();
            user.renameAsProviderDid(name);
            LOG.info(() -> "Single sign-on user '" + before + "' is now '" + name + "', as the provider names them");
        } else {
            LOG.warning(() -> "Single sign-on user '" + user.getUsername() + "' keeps that name: the provider's new "
                    + "one cannot be used here (taken, too long or with characters a name may not hold)");
        }
    }

    /** Why the claims' user name cannot become a new console user, if it cannot. */
    private Optional<String> unusableUsername(SsoClaims claims, SsoSettings settings) {
        if (claims.username().isEmpty()) {
            return Optional.of("The provider sent none of the claims " + settings.usernameClaims() + " that name "
                    + "the user: an administrator must add one to the client's ID token or name another claim");
        }
        String username = claims.username().get();
        Optional<String> problem = DisplayNames.problem(username);
        if (problem.isPresent()) {
            return Optional.of("Your user name from the provider cannot be used: " + problem.get());
        }
        if (username.length() > ConsoleUser.MAX_USERNAME_LENGTH) {
            return Optional.of("Your user name is longer than " + ConsoleUser.MAX_USERNAME_LENGTH + " characters");
        }
        if (users.findByUsernameIgnoringCase(username).isPresent()) { // no more said: it would confirm the account
            return Optional.of("Your user name from the provider cannot be used for a new console user. An "
                    + "administrator must look at the console users and the single sign-on settings");
        }
        return Optional.empty();
    }

    /**
     * A session checked again with the provider: whether it still stands, with the level the claims map to now
     * (applied at once). It ends when the user is gone or disabled here, or no longer in a mapped group; audited.
     */
    public boolean stillSignedOn(String issuer, String subject, Map<String, Object> claimsNow, SsoSettings settings) {
        Optional<ConsoleUser> found = users.findBySsoSubject(issuer, subject).filter(ConsoleUser::isEnabled);
        if (found.isEmpty()) {
            return false;
        }
        SsoProvider provider = providers.find().orElse(null);
        Optional<SecurityLevel> level = provider == null ? Optional.empty()
                : provider.levelFor(SsoClaims.read(claimsNow, settings).groups());
        if (level.isEmpty()) {
            sessionEnded(found.get(), settings, "the provider's groups or roles of the user map to no security level "
                    + "any more");
            return false;
        }
        found.get().assign(level.get());
        return true;
    }

    /** A session the provider would not renew (the user disabled or signed out there): audited once. */
    public void sessionRefused(String issuer, String subject, SsoSettings settings, String why) {
        users.findBySsoSubject(issuer, subject).ifPresent(user -> sessionEnded(user, settings, why));
    }

    private void sessionEnded(ConsoleUser user, SsoSettings settings, String why) {
        auditSignIn(AuditKind.SIGNED_OUT_BY_PROVIDER, user.audited(), null, settings, "session checked again "
                + "with the provider and ended: " + why);
        LOG.info(() -> "Single sign-on session of '" + user.getUsername() + "' ended: " + why);
    }

    /** Ends every session of the provider's user, as its back-channel logout asked; audited. Unknown users: nothing. */
    public void endSessions(String issuer, String subject, SsoSettings settings) {
        users.findBySsoSubject(issuer, subject).ifPresent(user -> {
            user.endSessions(clock.instant());
            auditSignIn(AuditKind.SIGNED_OUT_BY_PROVIDER, user.audited(), null, settings, "back-channel logout "
                    + "of subject " + subject + ": every session of the user ended");
            LOG.info(() -> "Single sign-on user '" + user.getUsername() + "' signed out by the provider: their "
                    + "sessions end");
        });
    }

    /** Refuses the sign-in, audited, with what to tell the user. */
    public SsoOutcome.Refused refused(String who, String clientAddress, SsoSettings settings, String reason) {
        return SsoOutcome.Refused.because(audited(AuditedUser.named(who == null ? "(unknown user name)" : who),
                clientAddress, settings, reason, null));
    }

    /**
     * Refuses a sign-in the provider vouched for: the audit record keeps the claims that decided it, as the record of
     * an accepted one does.
     */
    private SsoOutcome.Refused refused(AuditedUser who, String clientAddress, SsoSettings settings, SsoClaims claims,
                                       String reason) {
        return SsoOutcome.Refused.because(audited(who, clientAddress, settings, reason, sent(claims, settings)));
    }

    private String audited(AuditedUser who, String clientAddress, SsoSettings settings, String reason, String sent) {
        auditSignIn(AuditKind.SIGN_IN_FAILED, who, clientAddress, settings,
                sent == null ? reason : sent + ": refused. " + reason);
        return reason;
    }

    /** The user name claim and the groups or roles the provider sent, as the audit trail records them. */
    private static String sent(SsoClaims claims, SsoSettings settings) {
        return claims.usernameClaim() + "=" + claims.username().orElse("") + ", " + settings.groupsClaim() + " "
                + claims.groups();
    }

    /** An audit record's details hold 4,000 characters; a user in hundreds of groups would not fit. */
    private static String abbreviated(String details) {
        return details.length() <= 4000 ? details : details.substring(0, 3997) + "...";
    }

    private void auditSignIn(AuditKind kind, AuditedUser who, String clientAddress, SsoSettings settings,
                             String details) {
        try {
            audit.recordSignIn(kind, AuditActor.of(who, clientAddress, AuditChannel.CONSOLE),
                    abbreviated("single sign-on through " + settings.displayName() + " (" + settings.issuer() + "): "
                            + details));
        } catch (RuntimeException e) { // the database may be away: the sign-in's answer must not depend on it
            LOG.log(Level.WARNING, "Could not record the single sign-on in the audit trail", e);
        }
    }
}
