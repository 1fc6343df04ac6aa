package org.adsync.security.admin;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password chosen by a person must be: at least 12 characters (a passphrase of a few words is the easiest
 * way there; spaces count), not the user name, and not guessable: nbvcxz (a maintained port of Dropbox's zxcvbn,
 * with its dictionaries of common passwords, names and words, keyboard patterns, repeats, sequences and dates)
 * must estimate at least {@value #MINIMUM_ENTROPY_BITS} bits, the user name counted as a known word. And the
 * one-time passwords adsync hands out on a reset.
 */
final class PasswordRules {

    static final int MINIMUM_LENGTH = 12;
    /**
     * nbvcxz's own default, about 3 * 10^10 guesses: far beyond an online attack, and years of work against a stolen
     * PBKDF2 hash of 600,000 iterations. A passphrase of three uncommon words passes; "password1234" (4 bits),
     * "123456789012" (7) and "aaaaaaaaaaaa" (8) do not.
     */
    static final double MINIMUM_ENTROPY_BITS = 35;
    /** No 0/O, 1/l/I: a one-time password is read out or typed from a screen. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    /** Refused with the reason, on that field, or nothing. */
    static void check(char[] password, String username, String field) {
        if (password == null || password.length == 0 || new String(password).isBlank()) {
            throw new InvalidSecurityRequestException(field, "Enter a password.");
        }
        if (password.length < MINIMUM_LENGTH) {
            throw new InvalidSecurityRequestException(field, "The password has " + password.length
                    + " characters; it needs at least " + MINIMUM_LENGTH + ". A passphrase of a few words is the "
                    + "easiest way to a long one.");
        }
        if (username != null && new String(password).strip().toLowerCase(Locale.ROOT)
                .equals(username.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidSecurityRequestException(field, "The password cannot be the user name.");
        }
        Result strength = estimator(username).estimate(new String(password));
        if (!strength.isMinimumEntropyMet()) {
            String warning = strength.getFeedback().getWarning();
            throw new InvalidSecurityRequestException(field, "This password is too easy to guess"
                    + (warning == null || warning.isBlank() ? "" : ": " + warning.strip().replaceAll("\\.$", ""))
                    + ". Choose a passphrase of a few unrelated words, or add words that are not common.");
        }
    }

    /** The estimator, with the user's own name among the words an attacker tries first. */
    private static Nbvcxz estimator(String username) {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        if (username != null && !username.isBlank()) {
            dictionaries.add(new DictionaryBuilder().setDictionaryName("user").setExclusion(true)
                    .addWord(username.strip().toLowerCase(Locale.ROOT), 0).createDictionary());
        }
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries)
                .setMinimumEntropy(MINIMUM_ENTROPY_BITS).setLocale(Locale.ENGLISH).createConfiguration());
    }

    /** Four groups of four, for example "k7Qm-x2Rb-9TnH-pW4c": about 110 bits. */
    static char[] oneTimePassword() {
        char[] password = new char[19];
        for (int i = 0; i < password.length; i++) {
            password[i] = i % 5 == 4 ? '-' : ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return password;
    }
}
