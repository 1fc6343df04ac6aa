package org.adsync.sync;

import java.util.Objects;

/** One contact field's value before and after a sync wrote it; null stands for empty. */
public record FieldChange(ContactField field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    @Override
    public String toString() {
        return field.label() + ": " + shown(before) + " \u2192 " + shown(after);
    }

    private static String shown(String value) {
        return value == null ? "(empty)" : "\"" + value + "\"";
    }
}
