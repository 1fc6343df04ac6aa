package org.adsync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.adsync.directory.FieldProblem;

import java.util.Objects;
import java.util.Optional;

/**
 * How many contacts one sync may deactivate before it is held for an admin: by default 10% of the synced contacts
 * or 50, whichever is larger (Entra Connect stops at 500 deletions, a fixed number that is too many for a small
 * customer and too few for a large one); or a number, or a percentage, or no limit.
 */
@Embeddable
public record DeactivationLimit(
        @Enumerated(EnumType.STRING) @Column(name = "deactivation_limit_kind", nullable = false, length = 16)
        Kind kind,
        @Column(name = "deactivation_limit") Integer value) {

    public enum Kind { DEFAULT, COUNT, PERCENT, OFF }

    public static final DeactivationLimit DEFAULT = new DeactivationLimit(Kind.DEFAULT, null);
    static final int DEFAULT_PERCENT = 10;
    static final int DEFAULT_MINIMUM = 50;

    public DeactivationLimit {
        Objects.requireNonNull(kind, "kind");
        value = kind == Kind.COUNT || kind == Kind.PERCENT ? value : null;
    }

    /** The problem with this limit as an admin entered it, if it has one. */
    public Optional<FieldProblem> problem() {
        if (kind == Kind.COUNT && (value == null || value < 0)) {
            return Optional.of(new FieldProblem("deactivationLimit", "Enter how many contacts one sync may "
                    + "deactivate: 0 or more (0 holds every sync that would deactivate anyone)."));
        }
        if (kind == Kind.PERCENT && (value == null || value < 0 || value > 100)) {
            return Optional.of(new FieldProblem("deactivationLimit", "Enter a percentage of the synced contacts "
                    + "from 0 to 100."));
        }
        return Optional.empty();
    }

    /** How many of that many synced contacts one sync may deactivate. */
    public long allowed(long syncedContacts) {
        return switch (kind) {
            case DEFAULT -> Math.max(DEFAULT_MINIMUM, syncedContacts * DEFAULT_PERCENT / 100);
            case COUNT -> value;
            case PERCENT -> syncedContacts * value / 100;
            case OFF -> Long.MAX_VALUE;
        };
    }

    /** "10% of the synced contacts or 50, whichever is larger", as messages and the Setup tab say it. */
    public String describe() {
        return switch (kind) {
            case DEFAULT -> DEFAULT_PERCENT + "% of the synced contacts or " + DEFAULT_MINIMUM
                    + ", whichever is larger";
            case COUNT -> value + (value == 1 ? " contact" : " contacts");
            case PERCENT -> value + "% of the synced contacts";
            case OFF -> "no limit";
        };
    }
}
