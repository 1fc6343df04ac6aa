package org.adsync.web.signin;

import jakarta.servlet.http.Cookie;
import org.adsync.secret.SecretCipher;
import org.adsync.security.sso.PendingSsoSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sign-in under way kept in the browser: sealed, sent only to the callback, given back once to the browser that
 * started it, and worthless when tampered with, replayed or sealed with another installation's key.
 */
class PendingSignInCookieTest {

    private final PendingSsoSignIn pending = PendingSsoSignIn.start("/adsync/admin/ad-sync.xhtml?name=Contoso",
            Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private SecretCipher cipher;

    @BeforeEach
    void aKeyOfThisInstallation() throws Exception {
        cipher = cipherWith(newKey());
    }

    @Test
    void theBrowserGetsItSealedForTheCallbackOnlyAndBringsItBackOnce() {
        FakeExchange start = new FakeExchange();
        PendingSignInCookie.give(pending, cipher, start.request(), start.response());
        Cookie given = start.responseCookies.get(0);

        assertEquals("adsync_sso_" + pending.state(), given.getName());
        assertEquals("/adsync/sso/callback", given.getPath());
        assertTrue(given.isHttpOnly());
        assertEquals("Lax", given.getAttribute("SameSite"));
        assertEquals(600, given.getMaxAge());
        assertTrue(given.getValue().matches("[A-Za-z0-9_-]+"), "no character a cookie would need quoted");
        assertFalse(given.getValue().contains(pending.codeVerifier()) || given.getValue().contains(pending.nonce()));

        FakeExchange callback = new FakeExchange();
        callback.requestCookies.add(given);
        PendingSsoSignIn back = PendingSignInCookie.take(pending.state(), cipher, callback.request(),
                callback.response()).orElseThrow();

        assertEquals(pending, back);
        assertEquals(0, callback.responseCookies.get(0).getMaxAge(), "the browser is told to forget it");
    }

    @Test
    void overHttpsTheCookieIsSecure() {
        FakeExchange start = new FakeExchange();
        start.secure = true;
        PendingSignInCookie.give(pending, cipher, start.request(), start.response());

        assertTrue(start.responseCookies.get(0).getSecure());
    }

    @Test
    void anotherStateATamperedValueOrAnotherInstallationsKeyIsNoSignIn() throws Exception {
        FakeExchange start = new FakeExchange();
        PendingSignInCookie.give(pending, cipher, start.request(), start.response());
        Cookie given = start.responseCookies.get(0);
        PendingSsoSignIn other = PendingSsoSignIn.start(null, Instant.now());

        assertTrue(takenWith(given, other.state(), cipher).isEmpty(), "the callback of another sign-in");
        Cookie moved = new Cookie("adsync_sso_" + other.state(), given.getValue());
        assertTrue(takenWith(moved, other.state(), cipher).isEmpty(), "a sealed state that does not match");
        char[] value = given.getValue().toCharArray();
        value[value.length / 2] = value[value.length / 2] == 'A' ? 'B' : 'A';
        assertTrue(takenWith(new Cookie(given.getName(), new String(value)), pending.state(), cipher).isEmpty());
        assertTrue(takenWith(given, pending.state(), cipherWith(newKey())).isEmpty(), "another installation's key");
        assertTrue(takenWith(given, "../../etc", cipher).isEmpty(), "a state that is no state");
    }

    private static java.util.Optional<PendingSsoSignIn> takenWith(Cookie cookie, String state, SecretCipher cipher) {
        FakeExchange callback = new FakeExchange();
        callback.requestCookies.add(cookie);
        return PendingSignInCookie.take(state, cipher, callback.request(), callback.response());
    }

    private static SecretKey newKey() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }

    /** The cipher as the server makes it from its key file; here from a key of the test's own. */
    private static SecretCipher cipherWith(SecretKey key) throws Exception {
        Constructor<SecretCipher> withKey = SecretCipher.class.getDeclaredConstructor(SecretKey.class);
        withKey.setAccessible(true);
        return withKey.newInstance(key);
    }
}
