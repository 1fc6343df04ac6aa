package org.adsync.security.admin;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * What a password chosen by a person must be: at least 12 characters (a passphrase of a few words is the easiest
 * way there; spaces count), and not the user name. And the one-time passwords adsync hands out on a reset.
 */
final class PasswordRules {

    static final int MINIMUM_LENGTH = 12;
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
