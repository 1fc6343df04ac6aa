package org.adsync.sync.engine;

import org.adsync.sync.MappedUser;
import org.adsync.sync.ScopeFacts;
import org.adsync.sync.engine.ContactMatcher.Candidate;
import org.adsync.sync.engine.ContactMatcher.CreateContact;
import org.adsync.sync.engine.ContactMatcher.Decision;
import org.adsync.sync.engine.ContactMatcher.MatchSubject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The contacts that may match a batch's users not mapped yet, and to whom each is mapped now; and what a round
 * decides for such a user. Pure: the caller loads the contacts and mappings, and applies the decision.
 */
final class MatchCandidates {

    /** A contact as matching sees it. */
    record CandidateContact(long id, String emailKey, String nameKey, boolean active) {
    }

    private final Map<Long, CandidateContact> contacts;
    private final Map<Long, MappedUser> mappedTo;
    private final Set<String> emailsInScope;
    private final boolean emailsFlow;

    /**
     * {@code emailsInScope}: which of these contacts' email keys some user in scope has; {@code emailsFlow}:
     * whether the sync writes directory addresses to contacts (the Email field is synced).
     */
    MatchCandidates(Map<Long, CandidateContact> contacts, Map<Long, MappedUser> mappedTo, Set<String> emailsInScope,
                    boolean emailsFlow) {
        this.contacts = Map.copyOf(contacts);
        this.mappedTo = Map.copyOf(mappedTo);
        this.emailsInScope = Set.copyOf(emailsInScope);
        this.emailsFlow = emailsFlow;
    }

    /**
     * What this round decides for a user not mapped yet, or empty when the decision belongs to the other round.
     * The email round also creates a contact at once for a user no contact matches by name either: the name round
     * could only decide the same, since contacts reserved meanwhile only take candidates away.
     */
    public Optional<Decision> decide(MatchingRound round, MatchSubject user, ScopeFacts facts) {
        Optional<Decision> byEmail = ContactMatcher.byEmail(user, facts, byEmail(user.emailKey()));
        List<Candidate> byName = byName(user.nameKey());
        if (round.rule() == MatchingRound.Rule.EMAIL) {
            return byEmail.isPresent() || !byName.isEmpty() ? byEmail : Optional.of(new CreateContact());
        }
        return byEmail.isPresent() ? Optional.empty() : Optional.of(ContactMatcher.byName(user, facts, byName));
    }

    /** Whether the contact is mapped to a user who left the scope: one that a match takes over. */
    boolean mappedToDeparted(long contactId) {
        MappedUser owner = mappedTo.get(contactId);
        return owner != null && owner.departed();
    }

    /**
     * Contacts with the address, except those whose address this run takes from their own active user's: the
     * stored one is on its way out, whether that user came before this one in the run or not.
     */
    List<Candidate> byEmail(String emailKey) {
        return matching(emailKey, CandidateContact::emailKey, owner -> owner.ownsEmailOfContact(emailsFlow));
    }

    /**
     * Contacts with the name, except those mapped to a user active in the directory (that contact is the other
     * person's, and this user is someone else of the same name), and those with the address of a user in scope:
     * they are the email rule's, whether that user took them or was left in conflict.
     */
    List<Candidate> byName(String nameKey) {
        List<Candidate> byName = matching(nameKey, CandidateContact::nameKey, MappedUser::activeInDirectory);
        byName.removeIf(candidate -> {
            String emailKey = contacts.get(candidate.contactId()).emailKey();
            return emailKey != null && emailsInScope.contains(emailKey);
        });
        return byName;
    }

    private List<Candidate> matching(String key, Function<CandidateContact, String> keyOf,
                                     Predicate<MappedUser> skipOwnedBy) {
        List<Candidate> matches = new ArrayList<>();
        if (key == null) {
            return matches;
        }
        for (CandidateContact contact : contacts.values()) {
            MappedUser owner = mappedTo.get(contact.id());
            if (key.equals(keyOf.apply(contact)) && (owner == null || !skipOwnedBy.test(owner))) {
                // a mapped contact is as active as its user, whether this run kept it in step yet or not; one
                // whose user left the scope is free to be taken over
                boolean active = owner == null ? contact.active() : owner.activeInDirectory();
                boolean free = owner == null || owner.departed();
                matches.add(new Candidate(contact.id(), active, free ? null : owner.displayName()));
            }
        }
        // the same list whatever order the contacts were loaded in
        matches.sort(Comparator.comparingLong(Candidate::contactId));
        return matches;
    }
}
