package org.adsync.console.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.adsync.security.ConsoleAuthenticator;
import org.adsync.security.SignInOutcome;
import org.adsync.security.SignInRequest;

/**
 * Validates console sign-ins against the application's users; their permissions become the caller's groups.
 *
 * <p>It is also the one place the form mechanism lets the application act at sign-in, so two guards live here:
 * the session gets a new id before the password is checked, so that an id planted in the browser beforehand (a
 * session fixation) is worthless afterwards; and a try refused unchecked (too many failures, or every password
 * check busy) leaves a {@link SignInRefusal} for the error page to say when to try again.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    ConsoleAuthenticator authenticator;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SignInOutcome outcome = authenticator.signIn(new SignInRequest(login.getCaller(),
                login.getPassword().getValue(), request.getRemoteAddr(), "console"));
        if (outcome instanceof SignInOutcome.Accepted accepted) {
            return new CredentialValidationResult(accepted.user().username(), accepted.user().roles());
        }
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            SignInRefusal.record(request, throttled.retryAfter(), "Too many failed sign-ins for this user or from "
                    + "this address. Try again in " + SignInRefusal.inWords(throttled.retryAfter()) + ".");
        } else if (outcome instanceof SignInOutcome.Busy) {
            SignInRefusal.record(request, SignInOutcome.Busy.RETRY_AFTER,
                    "The server is busy checking other sign-ins. Try again in a moment.");
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
