package org.adsync.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The users of a run that cannot become contacts as the directory has them: how many, and the first few by name,
 * for the attempt's message (the AD Users tab's Invalid status lists them all, each with its reason).
 */
final class InvalidUsers {

    static final int NAMED = 5;

    private final List<String> firstNames = new ArrayList<>();
    private int count;

    void add(List<String> names) {
        count += names.size();
        names.stream().limit(Math.max(0, NAMED - firstNames.size())).forEach(firstNames::add);
    }

    Optional<String> warning() {
        if (count == 0) {
            return Optional.empty();
        }
        String more = count > firstNames.size() ? " and " + (count - firstNames.size()) + " more" : "";
        return Optional.of(count + (count == 1 ? " user cannot become a contact as the directory has it"
                : " users cannot become contacts as the directory has them") + " (status Invalid, with what to fix): "
                + String.join(", ", firstNames) + more + ".");
    }
}
