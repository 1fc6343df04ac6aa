package org.adsync.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.adsync.security.ApiTokens;
import org.adsync.security.AuthenticatedUser;
import org.adsync.security.ConsoleAuthenticator;
import org.adsync.security.SignInOutcome;
import org.adsync.security.SignInRequest;

import java.util.Optional;

/**
 * Checks the credentials of the console's form, of API calls with HTTP Basic and of API tokens against the
 * application's users; the caller's permissions become their groups. A refusal is left on the request as a
 * {@link RefusedSignIn}, since the result itself can only say "invalid", and the API and the console's error page
 * answer a user who must wait differently from a wrong password.
 */
@ApplicationScoped
public class AdsyncIdentityStore implements IdentityStore {

    @Inject
    ConsoleAuthenticator passwords;

    @Inject
    ApiTokens tokens;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return validate(password);
        }
        if (credential instanceof ApiTokenCredential token) {
            return validate(token);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult validate(UsernamePasswordCredential login) {
        String channel = AdsyncAuthentication.isApiCall(request) ? "API, HTTP Basic" : "console";
        SignInOutcome outcome = passwords.signIn(new SignInRequest(login.getCaller(), login.getPassword().getValue(),
                request.getRemoteAddr(), channel));
        if (outcome instanceof SignInOutcome.Accepted accepted) {
            return accepted(accepted.user());
        }
        RefusedSignIn refusal;
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            refusal = new RefusedSignIn(RefusedSignIn.Reason.TOO_MANY_FAILURES, throttled.retryAfter());
        } else if (outcome instanceof SignInOutcome.Busy) {
            refusal = new RefusedSignIn(RefusedSignIn.Reason.BUSY, SignInOutcome.Busy.RETRY_AFTER);
        } else {
            refusal = RefusedSignIn.of(RefusedSignIn.Reason.WRONG_PASSWORD);
        }
        refusal.recordOn(request);
        return CredentialValidationResult.INVALID_RESULT;
    }

    private CredentialValidationResult validate(ApiTokenCredential token) {
        Optional<AuthenticatedUser> user = tokens.authenticate(token.token());
        if (user.isPresent()) {
            return accepted(user.get());
        }
        RefusedSignIn.of(RefusedSignIn.Reason.UNKNOWN_TOKEN).recordOn(request);
        return CredentialValidationResult.INVALID_RESULT;
    }

    /**
     * A user whose password is a one-time password an administrator handed out signs in to the console only, where
     * the mechanism lets them do nothing but choose their own.
     */
    private CredentialValidationResult accepted(AuthenticatedUser user) {
        if (user.mustChangePassword() && AdsyncAuthentication.isApiCall(request)) {
            RefusedSignIn.of(RefusedSignIn.Reason.PASSWORD_CHANGE_REQUIRED).recordOn(request);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(new SignedInCaller(user), user.roles());
    }
}
