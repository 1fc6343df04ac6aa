package org.adsync.sync;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where an Entra ID client secret stands against the expiry date the admin entered: Entra ID does not tell an
 * application when its own secret ends, so the date is copied from the app registration when the secret is made.
 */
public enum SecretExpiry {
    UNKNOWN("Secret expiry date not entered", false),
    VALID("Client secret valid", false),
    EXPIRING_SOON("Client secret expires within 30 days", true),
    EXPIRED("Client secret expired", true);

    /** How long before the date the list starts to warn. */
    public static final int WARNING_DAYS = 30;

    private final String label;
    private final boolean needsAction;

    SecretExpiry(String label, boolean needsAction) {
        this.label = label;
        this.needsAction = needsAction;
    }

    public static SecretExpiry of(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return UNKNOWN;
        }
        if (expiresOn.isBefore(today)) {
            return EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(WARNING_DAYS)) ? VALID : EXPIRING_SOON;
    }

    /**
     * What a sync's message says while the secret is about to expire, or has by the date entered although Entra ID
     * still took it (then the date entered is wrong): nothing otherwise.
     */
    public static Optional<String> reminder(LocalDate expiresOn, LocalDate today) {
        return switch (of(expiresOn, today)) {
            case EXPIRING_SOON -> Optional.of("The client secret expires on " + expiresOn + " (in "
                    + ChronoUnit.DAYS.between(today, expiresOn) + " days): create a new secret in the app "
                    + "registration, then enter its Value and expiry date on the Setup tab.");
            case EXPIRED -> Optional.of("The client secret's expiry date entered (" + expiresOn + ") has passed, "
                    + "but Entra ID still accepted the secret: correct the date on the Setup tab.");
            case UNKNOWN, VALID -> Optional.empty();
        };
    }

    public String label() {
        return label;
    }

    public boolean needsAction() {
        return needsAction;
    }

    /** How the list marks it: a secret about to expire is a warning; an expired one is an error. */
    public String severity() {
        return !needsAction ? "none" : this == EXPIRING_SOON ? "warning" : "error";
    }
}
