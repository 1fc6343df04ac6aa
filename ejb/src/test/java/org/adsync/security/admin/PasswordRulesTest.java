package org.adsync.security.admin;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chosen password must be hard to guess, as a strength estimator with dictionaries judges it, not a rule set:
 * the probe's picks that were accepted before are refused, each saying why; passphrases pass.
 */
class PasswordRulesTest {

    @Test
    void commonPasswordsSequencesAndRepeatsAreRefusedSayingWhy() {
        assertTrue(refusal("password1234").startsWith("This password is too easy to guess: This is a top-10 common "
                + "password"), refusal("password1234"));
        assertTrue(refusal("123456789012").startsWith("This password is too easy to guess"));
        assertTrue(refusal("aaaaaaaaaaaa").contains("Repeats like \"aaa\" are easy to guess"), refusal("aaaaaaaaaaaa"));
        assertTrue(refusal("Summer2026Summer").startsWith("This password is too easy to guess"));
    }

    @Test
    void theUserNameCountsAsAWordAnAttackerTriesFirst() {
        PasswordRules.check("qwixotlbrand-2026".toCharArray(), "someone", "password");
        InvalidSecurityRequestException refused = assertThrows(InvalidSecurityRequestException.class,
                () -> PasswordRules.check("qwixotlbrand-2026".toCharArray(), "qwixotlbrand", "password"));
        assertEquals("password", refused.field());
    }

    @Test
    void passphrasesOfUncommonWordsPass() {
        PasswordRules.check("my own long passphrase".toCharArray(), "ada", "newPassword");
        PasswordRules.check("second admin walks the heron".toCharArray(), "second", "password");
        PasswordRules.check("k7Qm-x2Rb-9TnH-pW4c".toCharArray(), "ada", "password");
    }

    private static String refusal(String password) {
        return assertThrows(InvalidSecurityRequestException.class,
                () -> PasswordRules.check(password.toCharArray(), "ada", "newPassword")).getMessage();
    }
}
