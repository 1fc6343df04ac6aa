package org.adsync.console.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.adsync.security.ConsoleAuthenticator;

/** Validates console sign-ins against the application's users; their permissions become the caller's groups. */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    ConsoleAuthenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authenticator.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user.username(), user.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
