package org.adsync.psa.admin;

import org.adsync.platform.DisplayNames;
import org.adsync.psa.InvalidPsaRecordException;

import java.util.Optional;
import java.util.function.Function;

/**
 * The name rule organizations and billing products share: given, not too long, nothing that makes it read as another
 * ({@link DisplayNames#problem}), and no other record's in any case or compatibility form.
 */
final class RecordNames {

    private RecordNames() {
    }

    /**
     * The name, stripped, or a refusal on the field "name".
     *
     * @param namesakeOf the record of that name whatever its case, if any
     * @param self       the record being renamed (its own name is no conflict), or null for a new one
     * @param taken      the sentence that names the other record
     */
    static <T> String valid(String name, String what, int maxLength, Function<String, Optional<T>> namesakeOf, T self,
                            Function<T, String> taken) {
        if (name == null || name.isBlank()) {
            throw new InvalidPsaRecordException("name", "Enter the " + what + "'s name.");
        }
        String stripped = DisplayNames.normalized(name);
        Optional<String> problem = DisplayNames.problem(stripped);
        if (problem.isPresent()) {
            throw new InvalidPsaRecordException("name", problem.get());
        }
        if (stripped.length() > maxLength) {
            throw new InvalidPsaRecordException("name", "The name is " + stripped.length()
                    + " characters long; at most " + maxLength + " are allowed.");
        }
        Optional<T> namesake = namesakeOf.apply(stripped);
        if (namesake.isPresent() && namesake.get() != self) {
            throw new InvalidPsaRecordException("name", taken.apply(namesake.get())
                    + " Names are unique whatever their case, width or spacing.");
        }
        return stripped;
    }
}
