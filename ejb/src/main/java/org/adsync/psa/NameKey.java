package org.adsync.psa;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's name as matching compares it: each part in lower case with accents and special characters removed
 * ("García-Pérez" and "Garcia Perez" agree), the parts kept apart by a space so that "Ann Marie" and "Anna Rie"
 * do not. A blank middle name is left out, so First+Last only equals First+Last when both middle names are blank.
 */
public final class NameKey {

    private NameKey() {
    }

    /** The key, or null when no part has a letter or digit (such a name never matches anything). */
    public static String of(String first, String middle, String last) {
        String key = Stream.of(first, middle, last)
                .map(NameKey::part)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
        return key.isEmpty() || (part(first).isEmpty() && part(last).isEmpty()) ? null : key;
    }

    public static String of(PersonName name) {
        return of(name.first(), name.middle(), name.last());
    }

    private static String part(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}", "")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
                .replace("æ", "ae").replace("Æ", "ae").replace("đ", "d").replace("Đ", "d")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

}
