package org.adsync.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The names people give records (organizations, billing products, security levels, console users): what a name may
 * hold, how it is stored, and when two are the same name. A name is stored in Unicode NFC, so that the same text
 * typed on two systems is the same string. It may not hold control characters, text-direction overrides or invisible
 * characters, with which a name can be made to read as another ("\u202Eadmin"), nor U+FFFD, the mark a decoder
 * leaves where bytes were not UTF-8. Two names are the same when their keys are: compatibility forms folded (NFKC:
 * fullwidth letters, ligatures, the non-breaking space), case folded, and runs of spaces made one.
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    /** Why the name cannot be stored, in words for the one who typed it, if it cannot. */
    public static Optional<String> problem(String name) {
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            Optional<String> refusal = refusal(c);
            if (refusal.isPresent()) {
                return Optional.of("The name holds " + refusal.get() + " (" + String.format("U+%04X", c)
                        + " at position " + (name.codePointCount(0, i) + 1) + "); remove it.");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** The name as stored: NFC, without leading or trailing space. */
    public static String normalized(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    /** What two names share when they are the same name for people: the key a unique index is on. */
    public static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    private static Optional<String> refusal(int c) {
        if (c == 0xFFFD) {
            return Optional.of("a replacement character, where the bytes sent were not UTF-8");
        }
        if (Character.getType(c) == Character.CONTROL) {
            return Optional.of("a control character");
        }
        if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)) {
            return Optional.of("a text-direction control, which makes a name read as another");
        }
        if (Character.getType(c) == Character.FORMAT || c == 0x115F || c == 0x1160 || c == 0x3164) {
            return Optional.of("an invisible character");
        }
        return Optional.empty();
    }
}
