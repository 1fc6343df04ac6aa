package org.adsync.sync.engine;

import org.adsync.sync.MappedUser;
import org.adsync.sync.ScopeFacts;
import org.adsync.sync.engine.ContactMatcher.Conflict;
import org.adsync.sync.engine.ContactMatcher.Decision;
import org.adsync.sync.engine.ContactMatcher.MapTo;
import org.adsync.sync.engine.ContactMatcher.MatchSubject;
import org.adsync.sync.engine.MatchCandidates.CandidateContact;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Matching decides the same whatever order the directory returns users in and however they fall into batches, and
 * a second run over an unchanged directory changes nothing. Checked over hundreds of small random organizations
 * (shared emails, namesakes with and without mail, inactive contacts, disabled users, contacts left mapped to
 * departed users, which a new user may take over),
 * running the production decisions ({@link MatchCandidates}, {@link ContactMatcher}) round by round and batch by
 * batch as {@link BatchReconciler} does, on an in-memory model of the users and contacts.
 */
class MatchingOrderTest {

    private static final int CASES = 2000;
    private static final String[] EMAILS = {null, "a@x.test", "b@x.test", "c@x.test"};
    private static final String[] NAMES = {null, "ann lee", "bo ng", "cy dee"};

    @Test
    void theOutcomeDoesNotDependOnTheOrderOrTheBatchesOfTheUsers() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            Organization start = Organization.random(random);
            Map<Long, String> inReadOrder = start.copy().run(start.userIds(), 2).outcome();

            List<Long> reversed = new ArrayList<>(start.userIds());
            Collections.reverse(reversed);
            List<Long> shuffled = new ArrayList<>(start.userIds());
            Collections.shuffle(shuffled, random);

            assertEquals(inReadOrder, start.copy().run(reversed, 1).outcome(), "reversed, seed " + seed + start);
            assertEquals(inReadOrder, start.copy().run(shuffled, 3).outcome(), "shuffled, seed " + seed + start);
        }
    }

    @Test
    void aSecondRunOverAnUnchangedDirectoryChangesNothing() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            Organization first = Organization.random(random).run(null, 2);
            Map<Long, String> afterFirst = first.outcome();
            List<String> contactsAfterFirst = first.contactStates();

            Organization second = first.run(null, 2);

            assertEquals(afterFirst, second.outcome(), "seed " + seed + second);
            assertEquals(contactsAfterFirst, second.contactStates(), "no contact created or changed, seed " + seed);
        }
    }

    /** Users and contacts of one organization, and the engine's two rounds over them. */
    private static final class Organization {
        private final Map<Long, User> users = new LinkedHashMap<>();
        private final Map<Long, Contact> contacts = new LinkedHashMap<>();
        private long nextContactId = 1000;

        static Organization random(Random random) {
            Organization org = new Organization();
            int contactCount = random.nextInt(5);
            for (long id = 1; id <= contactCount; id++) {
                org.contacts.put(id, new Contact(id, pick(random, EMAILS), pick(random, NAMES), random.nextInt(4) > 0));
            }
            int userCount = 1 + random.nextInt(5);
            for (long id = 1; id <= userCount; id++) {
                boolean active = random.nextInt(5) > 0;
                boolean departed = !active && random.nextBoolean(); // otherwise disabled, still in scope
                Long mapped = null;
                if (!org.contacts.isEmpty() && random.nextInt(4) == 0) {
                    long candidate = 1 + random.nextInt(contactCount);
                    if (org.users.values().stream().noneMatch(u -> Objects.equals(u.contact, candidate))) {
                        mapped = candidate; // a leftover mapping, to a user still here or departed
                    }
                }
                org.users.put(id, new User(id, pick(random, EMAILS), pick(random, NAMES), active, departed, mapped));
            }
            return org;
        }

        List<Long> userIds() {
            return List.copyOf(users.keySet());
        }

        Organization copy() {
            Organization copy = new Organization();
            users.values().forEach(u -> copy.users.put(u.id, u.copy()));
            contacts.values().forEach(c -> copy.contacts.put(c.id, c.copy()));
            copy.nextContactId = nextContactId;
            return copy;
        }

        /** One sync: the users in the order given (null: as stored), in batches of that size. */
        Organization run(List<Long> order, int batchSize) {
            List<Long> readOrder = order == null ? userIds() : order;
            Map<Long, Contact> atStart = new HashMap<>();
            contacts.values().forEach(c -> atStart.put(c.id, c.copy()));
            for (MatchingRound round : MatchingRound.values()) {
                ScopeFacts facts = facts(round.forDisabledUsers());
                List<User> inRound = readOrder.stream().map(users::get).filter(u -> inRound(u, round)).toList();
                for (int from = 0; from < inRound.size(); from += batchSize) {
                    List<User> batch = inRound.subList(from, Math.min(inRound.size(), from + batchSize));
                    MatchCandidates candidates = candidates(atStart, batch, round);
                    for (User user : batch) {
                        reconcile(user, round, facts, candidates, atStart);
                    }
                }
            }
            return this;
        }

        /** As the repository selects each round's users. */
        private static boolean inRound(User user, MatchingRound round) {
            return switch (round) {
                case EMAIL -> true;
                case NAME -> user.contact == null && user.active;
                case DISABLED_EMAIL, DISABLED_NAME -> user.contact == null && user.disabled();
                case DEPARTED -> user.contact != null && !user.active;
            };
        }

        private void reconcile(User user, MatchingRound round, ScopeFacts facts, MatchCandidates candidates,
                               Map<Long, Contact> atStart) {
            if (round == MatchingRound.DEPARTED) {
                contacts.get(user.contact).active = false;
                user.state = "INACTIVE";
            } else if (user.contact != null) {
                if (user.active) {
                    keepInStep(user, facts, atStart);
                }
            } else if (user.departed) {
                user.state = "INACTIVE";
            } else if (user.disabled() == round.forDisabledUsers()) {
                MatchSubject subject = new MatchSubject(user.email, user.email, user.name, "user " + user.id);
                candidates.decide(round, subject, facts).ifPresent(decision -> apply(user, decision));
            }
        }

        /** As BatchReconciler keeps a mapped user's contact in step, an address taken elsewhere held back. */
        private void keepInStep(User user, ScopeFacts facts, Map<Long, Contact> atStart) {
            Contact contact = contacts.get(user.contact);
            contact.active = true;
            Optional<String> withheld = Optional.empty();
            if (user.email != null && !user.email.equals(contact.email)) {
                List<EmailWrite.OtherContact> others = atStart.values().stream()
                        .filter(c -> c.id != contact.id && user.email.equals(c.email))
                        .map(c -> new EmailWrite.OtherContact(contacts.get(c.id).email, "contact " + c.id,
                                ownerOf(c.id)))
                        .toList();
                withheld = EmailWrite.withheld(user.email, user.email, contact.email, facts,
                        () -> Optional.of("another"), others, true);
            }
            contact.name = user.name != null ? user.name : contact.name;
            if (withheld.isEmpty()) {
                contact.email = user.email != null ? user.email : contact.email;
            }
            user.state = withheld.map(reason -> "CONFLICT: " + reason).orElse("SYNCED");
        }

        private MappedUser ownerOf(long contactId) {
            return users.values().stream().filter(u -> Objects.equals(u.contact, contactId)).findFirst()
                    .map(User::asMapped).orElse(null);
        }

        /** As BatchReconciler applies a decision: a contact whose user departed is taken over. */
        private void apply(User user, Decision decision) {
            if (decision instanceof MapTo mapTo) {
                users.values().stream().filter(u -> Objects.equals(u.contact, mapTo.contactId()))
                        .forEach(former -> {
                            former.contact = null;
                            former.state = "INACTIVE"; // as DirectoryUser.unmap settles a departed user
                        });
                user.contact = mapTo.contactId();
                Contact contact = contacts.get(mapTo.contactId());
                contact.active = user.active;
                if (user.active) {
                    contact.takeOver(user);
                }
                user.state = user.active ? "SYNCED" : "INACTIVE";
            } else if (decision instanceof Conflict conflict) {
                user.state = "CONFLICT: " + conflict.reason();
            } else if (user.disabled()) {
                user.state = "INACTIVE";
            } else {
                Contact created = new Contact(nextContactId++, null, null, true);
                created.takeOver(user);
                created.createdFor = user.id;
                contacts.put(created.id, created);
                user.contact = created.id;
                user.state = "SYNCED";
            }
        }

        /**
         * As BatchReconciler finds them: the contacts that had a batch user's address or name when the run began
         * (the run's index), as they are now, with the users mapped to them now.
         */
        private MatchCandidates candidates(Map<Long, Contact> atStart, List<User> batch, MatchingRound round) {
            Map<Long, CandidateContact> seen = new HashMap<>();
            for (Contact then : atStart.values()) {
                boolean indexed = batch.stream().anyMatch(u -> u.contact == null && !u.departed
                        && u.disabled() == round.forDisabledUsers()
                        && (Objects.equals(u.email, then.email) && u.email != null
                        || Objects.equals(u.name, then.name) && u.name != null));
                if (indexed) {
                    Contact now = contacts.get(then.id);
                    seen.put(then.id, new CandidateContact(then.id, now.email, now.name, now.active));
                }
            }
            Map<Long, MappedUser> mapped = new HashMap<>();
            users.values().stream().filter(u -> u.contact != null)
                    .forEach(u -> mapped.put(u.contact, u.asMapped()));
            java.util.Set<String> emailsInScope = users.values().stream().filter(u -> u.active && u.email != null)
                    .map(u -> u.email).collect(Collectors.toSet());
            return new MatchCandidates(seen, mapped, emailsInScope, true);
        }

        private ScopeFacts facts(boolean disabledUsers) {
            List<User> eligible = users.values().stream()
                    .filter(u -> disabledUsers ? u.disabled() : u.active).toList();
            return new ScopeFacts(shared(eligible.stream().map(u -> u.email).toList()),
                    shared(eligible.stream().map(u -> u.name).toList()));
        }

        private static java.util.Set<String> shared(List<String> keys) {
            return keys.stream().filter(Objects::nonNull)
                    .collect(Collectors.groupingBy(k -> k, Collectors.counting())).entrySet().stream()
                    .filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        }

        /** Each user's state and contact; a contact created by the sync is named after its user, not its id. */
        Map<Long, String> outcome() {
            Map<Long, String> outcome = new LinkedHashMap<>();
            users.values().forEach(u -> outcome.put(u.id, u.state + " -> " + (u.contact == null ? "none"
                    : contacts.get(u.contact).createdFor != null ? "new for " + contacts.get(u.contact).createdFor
                    : "contact " + u.contact)));
            return outcome;
        }

        List<String> contactStates() {
            return contacts.values().stream().map(Contact::toString).toList();
        }

        @Override
        public String toString() {
            return "\n users " + users.values() + "\n contacts " + contacts.values();
        }
    }

    private static final class User {
        final long id;
        final String email;
        final String name;
        final boolean active;
        final boolean departed;
        Long contact;
        String state = "UNMAPPED";

        User(long id, String email, String name, boolean active, boolean departed, Long contact) {
            this.id = id;
            this.email = email;
            this.name = name;
            this.active = active;
            this.departed = departed;
            this.contact = contact;
        }

        /** In scope but disabled in the directory. */
        boolean disabled() {
            return !active && !departed;
        }

        MappedUser asMapped() {
            return new MappedUser("user " + id, active, !departed, email);
        }

        User copy() {
            User copy = new User(id, email, name, active, departed, contact);
            copy.state = state;
            return copy;
        }

        @Override
        public String toString() {
            return id + "(" + email + ", " + name + (active ? "" : departed ? ", departed" : ", disabled")
                    + (contact == null ? ""
                    : ", mapped to " + contact) + ")";
        }
    }

    private static final class Contact {
        final long id;
        String email;
        String name;
        boolean active;
        Long createdFor;

        Contact(long id, String email, String name, boolean active) {
            this.id = id;
            this.email = email;
            this.name = name;
            this.active = active;
        }

        /** The user's values flow to the contact; blanks never overwrite. */
        void takeOver(User user) {
            email = user.email != null ? user.email : email;
            name = user.name != null ? user.name : name;
        }

        Contact copy() {
            Contact copy = new Contact(id, email, name, active);
            copy.createdFor = createdFor;
            return copy;
        }

        @Override
        public String toString() {
            return id + "(" + email + ", " + name + (active ? "" : ", inactive") + ")";
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
