package org.adsync.sync.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The users of a run counted as errors, how many and the first few by name, for the attempt's message: those that
 * cannot become contacts as the directory has them (status Invalid), and synced users with a value their contact
 * cannot take. The AD Users tab lists them all, each with its reason, under "Only users with errors".
 */
final class UsersInError {

    static final int NAMED = 5;

    private final Named invalid = new Named();
    private final Named noted = new Named();
    private final Named withheld = new Named();

    void add(BatchReconciler.Result batch) {
        invalid.add(batch.invalid());
        noted.add(batch.noted());
        withheld.add(batch.withheld());
    }

    /** A run that applied an approval: the users whose contacts it left active, not being on the approved list. */
    Optional<String> withheldWarning() {
        return withheld.sentence(" user left or was disabled after the held sync listed who would go: its contact",
                " users left or were disabled after the held sync listed who would go: their contacts", " stayed "
                        + "active, as the approval did not cover them; the next sync deactivates them, or holds "
                        + "again if too many would go: ");
    }

    Optional<String> invalidWarning() {
        return invalid.sentence(" user cannot become a contact as the directory has it",
                " users cannot become contacts as the directory has them", " (status Invalid, with what to fix): ");
    }

    Optional<String> notedWarning() {
        return noted.sentence(" synced user has a value its contact cannot take",
                " synced users have values their contacts cannot take", "; the rest was synced (each with the "
                        + "reason, under \"Only users with errors\" on the AD Users tab): ");
    }

    /** How many, and the first few names. */
    private static final class Named {
        private final List<String> first = new ArrayList<>();
        private int count;

        void add(List<String> names) {
            count += names.size();
            names.stream().limit(Math.max(0, NAMED - first.size())).forEach(first::add);
        }

        Optional<String> sentence(String one, String many, String lead) {
            if (count == 0) {
                return Optional.empty();
            }
            String more = count > first.size() ? " and " + (count - first.size()) + " more" : "";
            return Optional.of(count + (count == 1 ? one : many) + lead + String.join(", ", first) + more + ".");
        }
    }
}
