package org.adsync.sync;

import java.time.LocalDate;

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

    public String label() {
        return label;
    }

    public boolean needsAction() {
        return needsAction;
    }
}
