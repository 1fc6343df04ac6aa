package org.adsync.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theRightPasswordVerifiesAndAnyOtherDoesNot() {
        String stored = hasher.hash("correct horse".toCharArray());

        assertTrue(hasher.verify("correct horse".toCharArray(), stored));
        assertFalse(hasher.verify("Correct horse".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void theHashIsSaltedAndNeverContainsThePassword() {
        String first = hasher.hash("correct horse".toCharArray());
        String second = hasher.hash("correct horse".toCharArray());

        assertNotEquals(first, second, "each hash has its own salt");
        assertFalse(first.contains("correct horse"));
        assertTrue(first.startsWith("pbkdf2-sha256$1000$"));
    }

    @Test
    void aHashWrittenWithOtherIterationsStillVerifies() {
        String stored = new PasswordHasher(2_000).hash("s3cret".toCharArray());

        assertTrue(hasher.verify("s3cret".toCharArray(), stored));
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "x"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$abc$salt$hash"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$1000$!!!$???"));
        assertFalse(hasher.verify("x".toCharArray(), "{bcrypt}$2a$10$abcdefghijklmnopqrstuv"));
    }

    @Test
    void theDefaultWorkFactorFollowsCurrentGuidance() {
        assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 600_000);
        assertTrue(new PasswordHasher().toString().contains("600000"));
    }
}
