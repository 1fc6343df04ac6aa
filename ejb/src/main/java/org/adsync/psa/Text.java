package org.adsync.psa;

import java.util.Locale;

/** Trimming and length rules shared by the PSA records, so every entity rejects bad text the same way. */
final class Text {

    private Text() {
    }

    /** The trimmed value, or null when it is null or blank. */
    static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(
                    field + " is " + trimmed.length() + " characters long; at most " + maxLength + " are allowed");
        }
        return trimmed;
    }

    static String required(String value, String field, int maxLength) {
        String trimmed = optional(value, field, maxLength);
        if (trimmed == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return trimmed;
    }

    /** The key that email matching compares: case does not matter in practice, whatever RFC 5321 allows. */
    static String emailKey(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }
}
