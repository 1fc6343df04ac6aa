package org.adsync.it.persistence;

import jakarta.inject.Inject;
import org.adsync.security.AuthenticatedUser;
import org.adsync.security.ConsoleAuthenticator;
import org.adsync.security.ConsoleUserAdministration;
import org.adsync.security.Permission;
import org.adsync.security.SignInOutcome;
import org.adsync.security.SignInRequest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Console users and security levels as stored, and the sign-in check over them. */
@ExtendWith(ArquillianExtension.class)
class ConsoleAuthenticatorIT {

    @Inject
    ConsoleUserAdministration administration;

    @Inject
    ConsoleAuthenticator authenticator;

    @Test
    void theSecurityLevelsPermissionsComeWithASuccessfulSignIn() {
        String username = "user-" + UUID.randomUUID();
        administration.ensureSecurityLevel("level-" + username, EnumSet.of(Permission.VIEW_ORGANIZATIONS));
        administration.createUser(username, "Someone", "s3cret-enough".toCharArray(), "level-" + username);

        AuthenticatedUser user = signIn(username, "s3cret-enough").orElseThrow();

        assertEquals(username, user.username());
        assertEquals(Set.of(Permission.VIEW_ORGANIZATIONS), user.permissions());
        assertEquals(Set.of("view-organizations"), user.roles());
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefused() {
        String username = "user-" + UUID.randomUUID();
        administration.ensureSecurityLevel("level-" + username, EnumSet.allOf(Permission.class));
        administration.createUser(username, null, "s3cret-enough".toCharArray(), "level-" + username);

        assertTrue(signIn(username, "S3cret-enough").isEmpty());
        assertTrue(signIn("nobody-" + username, "s3cret-enough").isEmpty());
    }

    @Test
    void aSecondUserWithTheSameNameIsRefused() {
        String username = "user-" + UUID.randomUUID();
        administration.ensureSecurityLevel("level-" + username, EnumSet.allOf(Permission.class));
        administration.createUser(username, null, "s3cret-enough".toCharArray(), "level-" + username);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () ->
                administration.createUser(username, null, "other-secret".toCharArray(), "level-" + username));
        assertTrue(refused.getMessage().contains("exists already"));
        assertTrue(signIn(username, "s3cret-enough").isPresent(),
                "the first user is unchanged");
    }

    private Optional<AuthenticatedUser> signIn(String username, String password) {
        SignInOutcome outcome = authenticator.signIn(new SignInRequest(username, password.toCharArray(),
                "192.0.2.1", "test"));
        return outcome instanceof SignInOutcome.Accepted accepted ? Optional.of(accepted.user()) : Optional.empty();
    }
}
