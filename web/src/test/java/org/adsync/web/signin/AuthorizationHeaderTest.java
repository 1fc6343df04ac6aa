package org.adsync.web.signin;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The credential of an Authorization header: an API token, or a user name and a UTF-8 password. */
class AuthorizationHeaderTest {

    @Test
    void aBearerTokenIsAnApiToken() {
        Credential token = AuthorizationHeader.credential("Bearer  adsync_abc123 ").orElseThrow();

        assertEquals("adsync_abc123", ((ApiTokenCredential) token).token());
    }

    @Test
    void basicSplitsAtTheFirstColonAndReadsUtf8() {
        String encoded = Base64.getEncoder().encodeToString("jürgen:pa:ss wörd".getBytes(StandardCharsets.UTF_8));

        UsernamePasswordCredential password = (UsernamePasswordCredential) AuthorizationHeader
                .credential("basic " + encoded).orElseThrow();

        assertEquals("jürgen", password.getCaller());
        assertEquals("pa:ss wörd", password.getPasswordAsString());
    }

    @Test
    void whatCannotBeReadIsNoCredential() {
        for (String header : new String[] {"Bearer", "Bearer ", "Basic not-base64!", "Basic "
                + Base64.getEncoder().encodeToString("no colon".getBytes(StandardCharsets.UTF_8)),
                "Digest username=\"x\"", "adsync_abc123"}) {
            Optional<Credential> credential = AuthorizationHeader.credential(header);

            assertTrue(credential.isEmpty(), header);
        }
    }
}
