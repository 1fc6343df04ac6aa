package org.adsync.sync.engine;

import org.adsync.sync.MappedUser;
import org.adsync.sync.ScopeFacts;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether a mapped user's new address may be written to its contact. Not when another user in scope has it, nor
 * when another contact of the organization keeps it: two active contacts would share an address, and the next
 * email match anywhere in the organization would end in a conflict. The contact then keeps its address until the
 * duplicate is gone, as Entra Connect's duplicate attribute resiliency does.
 */
final class EmailWrite {

    /** Another contact that had the address when the run began, with the user it is mapped to, if any. */
    record OtherContact(String emailKey, String name, MappedUser owner) {
    }

    private EmailWrite() {
    }

    /**
     * Why the address is not written, or empty when it may be. A contact whose address this run takes from its
     * own active user does not keep the one it has: it counts only through that user.
     */
    static Optional<String> withheld(String email, String emailKey, String contactEmail, ScopeFacts facts,
                                     Supplier<Optional<String>> otherUser, List<OtherContact> others,
                                     boolean emailsFlow) {
        String keeps = contactEmail == null ? "the contact keeps no address" : "the contact keeps " + contactEmail;
        if (facts.sharedEmail(emailKey)) {
            return Optional.of("Shares the email address " + email + " with directory user "
                    + otherUser.get().orElse("another user in scope") + "; " + keeps
                    + " until one of them changes in the directory.");
        }
        return others.stream()
                .filter(other -> emailKey.equals(other.emailKey()))
                .filter(other -> other.owner() == null || !other.owner().ownsEmailOfContact(emailsFlow))
                .findFirst()
                .map(other -> "The email address " + email + " is already the contact " + other.name() + "'s; "
                        + keeps + " until one of them changes.");
    }
}
