package org.adsync.sync.engine;

import org.adsync.sync.DirectoryUserAttributes;
import org.adsync.sync.ScopeFacts;

import java.util.List;
import java.util.Optional;

/**
 * Decides what becomes of a directory user that is not mapped yet, by the documented rules: first by email (not
 * case-sensitive), then by normalized name, each preferring active contacts and re-activating a single inactive
 * match; otherwise a new contact. A shared email, a shared name where the name decides, several matching contacts,
 * or a contact already mapped to another directory user make a conflict instead.
 *
 * <p>A run applies the email rule to every user first and the name rule afterwards ({@link MatchingRound}), so
 * that a contact one user claims by email is never another's by name, whatever order the users come in.
 */
public final class ContactMatcher {

    /** A contact that matches, whether it is active, and to which other directory user it is mapped, if any. */
    public record Candidate(long contactId, boolean active, String mappedTo) {
    }

    /** The outcome for one directory user. */
    public sealed interface Decision permits MapTo, Conflict, CreateContact {
    }

    public record MapTo(long contactId, boolean reactivate, String rule) implements Decision {
    }

    public record Conflict(String reason) implements Decision {
    }

    public record CreateContact() implements Decision {
    }

    private ContactMatcher() {
    }

    /** Both rules at once, for a user whose candidates by name were not narrowed by the email round. */
    public static Decision decide(MatchSubject user, ScopeFacts facts, List<Candidate> byEmail,
                                  List<Candidate> byName) {
        return byEmail(user, facts, byEmail).orElseGet(() -> byName(user, facts, byName));
    }

    /**
     * The email rule: a decision, or empty when it decides nothing (no address, or no contact has it) and the name
     * rule is to. Whether it decides depends only on the address and the contacts' addresses, never on mappings.
     */
    public static Optional<Decision> byEmail(MatchSubject user, ScopeFacts facts, List<Candidate> byEmail) {
        if (user.emailKey() == null) {
            return Optional.empty();
        }
        if (facts.sharedEmail(user.emailKey())) {
            return Optional.of(new Conflict("Shares the email address " + user.email() + " with another directory "
                    + "user in scope. Ignore the duplicate user, or correct the address in the directory."));
        }
        return Optional.ofNullable(pick(byEmail, "email " + user.email()));
    }

    /** The name rule, for a user the email rule left open; without a match, a new contact. */
    public static Decision byName(MatchSubject user, ScopeFacts facts, List<Candidate> byName) {
        if (user.nameKey() != null && !byName.isEmpty()) {
            if (facts.sharedName(user.nameKey())) {
                return new Conflict("Has the same name as another directory user in scope, and the name decides "
                        + "the match. Map the right contact by hand, or ignore the duplicate user.");
            }
            Decision byNameDecision = pick(byName, "name " + user.displayName());
            if (byNameDecision != null) {
                return byNameDecision;
            }
        }
        return new CreateContact();
    }

    private static Decision pick(List<Candidate> candidates, String what) {
        List<Candidate> active = candidates.stream().filter(Candidate::active).toList();
        if (active.size() > 1) {
            return new Conflict(active.size() + " active contacts match by " + what + ". Map the right one by hand.");
        }
        if (active.size() == 1) {
            return mapUnlessTaken(active.get(0), false, what);
        }
        if (candidates.size() > 1) {
            return new Conflict(candidates.size() + " inactive contacts match by " + what
                    + ". Map the right one by hand.");
        }
        if (candidates.size() == 1) {
            return mapUnlessTaken(candidates.get(0), true, what);
        }
        return null;
    }

    private static Decision mapUnlessTaken(Candidate candidate, boolean reactivate, String what) {
        if (candidate.mappedTo() != null) {
            return new Conflict("The contact that matches by " + what + " is already mapped to the directory user "
                    + candidate.mappedTo() + ".");
        }
        return new MapTo(candidate.contactId(), reactivate, what);
    }

    /** The directory user as matching sees it. */
    public record MatchSubject(String email, String emailKey, String nameKey, String displayName) {

        static MatchSubject of(DirectoryUserAttributes attributes) {
            String display = attributes.displayName() != null ? attributes.displayName()
                    : String.join(" ", java.util.stream.Stream.of(attributes.firstName(), attributes.lastName())
                    .filter(java.util.Objects::nonNull).toList());
            return new MatchSubject(attributes.email(), attributes.emailKey(), attributes.nameKey(), display);
        }
    }
}
