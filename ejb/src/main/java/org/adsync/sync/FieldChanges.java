package org.adsync.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores a change's fields in one column: per field its name, the value before and the value after, separated by
 * the ASCII unit separator, fields by the record separator, an empty value as the group separator. Directory
 * values never hold control characters ({@link UnsafeCharacters}); a PSA value that does has them replaced, so the
 * text always decodes. One column, not a row per field, since a change is always read whole.
 */
final class FieldChanges {

    static final int MAX_LENGTH = 8000;
    private static final char FIELD = '\u001e';
    private static final char PART = '\u001f';
    private static final String EMPTY = "\u001d";

    private FieldChanges() {
    }

    static String encode(List<FieldChange> changes) {
        StringBuilder text = new StringBuilder();
        for (FieldChange change : changes) {
            if (!text.isEmpty()) {
                text.append(FIELD);
            }
            text.append(change.field().name()).append(PART).append(stored(change.before())).append(PART)
                    .append(stored(change.after()));
        }
        return text.length() <= MAX_LENGTH ? text.toString() : text.substring(0, MAX_LENGTH);
    }

    static List<FieldChange> decode(String text) {
        List<FieldChange> changes = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return changes;
        }
        for (String field : text.split(String.valueOf(FIELD))) {
            String[] parts = field.split(String.valueOf(PART), -1);
            if (parts.length == 3) { // a cut-off last field is left out
                changes.add(new FieldChange(ContactField.valueOf(parts[0]), valueOf(parts[1]), valueOf(parts[2])));
            }
        }
        return changes;
    }

    private static String stored(String value) {
        return value == null ? EMPTY : value.replace(FIELD, '\ufffd').replace(PART, '\ufffd')
                .replace(EMPTY.charAt(0), '\ufffd');
    }

    private static String valueOf(String part) {
        return EMPTY.equals(part) ? null : part;
    }
}
