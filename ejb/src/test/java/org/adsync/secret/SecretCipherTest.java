package org.adsync.secret;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretCipherTest {

    private static SecretCipher withRandomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretCipher(new SecretKeySpec(key, "AES"));
    }

    private final SecretCipher cipher = withRandomKey();

    @Test
    void aSecretComesBackAsItWentInButIsNeverStoredReadably() {
        String stored = cipher.encrypt("Pässwörd-123".toCharArray());

        assertTrue(stored.startsWith("v1:"));
        assertFalse(stored.contains("123"));
        assertArrayEquals("Pässwörd-123".toCharArray(), cipher.decrypt(stored));
    }

    @Test
    void eachEncryptionDiffers() {
        assertNotEquals(cipher.encrypt("same".toCharArray()), cipher.encrypt("same".toCharArray()));
    }

    @Test
    void anotherKeyOrATamperedValueCannotBeRead() {
        String stored = cipher.encrypt("secret".toCharArray());
        String tampered = stored.substring(0, stored.length() - 2) + (stored.endsWith("A") ? "BA" : "AA");

        assertThrows(SecretUnreadableException.class, () -> withRandomKey().decrypt(stored));
        assertThrows(SecretUnreadableException.class, () -> cipher.decrypt(tampered));
        assertThrows(SecretUnreadableException.class, () -> cipher.decrypt("plain text"));
    }
}
