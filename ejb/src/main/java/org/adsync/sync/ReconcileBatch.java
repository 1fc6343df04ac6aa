package org.adsync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.adsync.psa.Contact;
import org.adsync.psa.ContactBillingProduct;
import org.adsync.psa.ContactRepository;
import org.adsync.psa.Organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Brings one batch of directory users and their contacts in step, in a transaction of its own: a failure later in
 * the run leaves this batch consistent, and running again converges. Contacts are never deleted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReconcileBatch {

    @Inject
    DirectoryUserRepository users;

    @Inject
    ContactRepository contacts;

    @PersistenceContext(unitName = "adsync")
    EntityManager em;

    /** The counts of one batch: the users after that id, in id order; and the last id, -1 when none was left. */
    public Result reconcile(SyncPlan plan, ScopeFacts facts, ContactKeys contactKeys, long afterId, int size) {
        Instant now = Instant.now();
        SyncCounts counts = new SyncCounts();
        List<DirectoryUser> batch = users.batchAfter(plan.configurationId(), afterId, size);

        if (batch.isEmpty()) {
            return new Result(counts, -1);
        }
        Candidates candidates = candidatesFor(plan, contactKeys, batch);
        for (DirectoryUser user : batch) {
            if (user.isIgnored()) {
                continue;
            }
            if (user.getContact().isPresent()) {
                keepInStep(user, plan, now, counts);
            } else if (!user.isActiveInDirectory()) {
                user.settle();
            } else if (user.getDataProblem().isPresent()) {
                user.conflict(user.getDataProblem().get());
                counts.countConflict();
                counts.countError();
            } else {
                match(user, plan, facts, candidates, now, counts);
            }
        }
        return new Result(counts, batch.get(batch.size() - 1).getId());
    }

    public record Result(SyncCounts counts, long lastId) {
    }

    private static boolean needsMatching(DirectoryUser user) {
        return !user.isIgnored() && user.getContact().isEmpty() && user.isActiveInDirectory()
                && user.getDataProblem().isEmpty();
    }

    /** A mapped user: its fields flow to the contact, and the contact follows its active state. */
    private void keepInStep(DirectoryUser user, SyncPlan plan, Instant now, SyncCounts counts) {
        Contact contact = user.getContact().orElseThrow();
        if (!user.isActiveInDirectory()) {
            if (contact.isActive()) {
                contact.deactivate(now);
                counts.countDeactivated();
            }
            user.settle();
            return;
        }
        if (!contact.isActive()) {
            contact.reactivate(now);
            counts.countReactivated();
        }
        if (ContactUpdate.apply(contact, user.getAttributes(), plan.fields(), now)) {
            counts.countUpdated();
        }
        user.settle();
        user.getDataProblem().ifPresent(problem -> {
            user.note(problem);
            counts.countError();
        });
    }

    private void match(DirectoryUser user, SyncPlan plan, ScopeFacts facts, Candidates candidates, Instant now,
                       SyncCounts counts) {
        ContactMatcher.MatchSubject subject = ContactMatcher.MatchSubject.of(user.getAttributes());
        ContactMatcher.Decision decision = ContactMatcher.decide(subject, facts,
                candidates.byEmail(subject.emailKey()), candidates.byName(subject.nameKey()));
        if (decision instanceof ContactMatcher.MapTo mapTo) {
            Contact contact = candidates.contact(mapTo.contactId());
            if (mapTo.reactivate()) {
                contact.reactivate(now);
                counts.countReactivated();
            }
            user.mapTo(contact, false);
            candidates.claimed(contact, displayNameOf(user));
            if (ContactUpdate.apply(contact, user.getAttributes(), plan.fields(), now)) {
                counts.countUpdated();
            }
        } else if (decision instanceof ContactMatcher.Conflict conflict) {
            user.conflict(conflict.reason());
            counts.countConflict();
        } else {
            Contact contact = new Contact(em.getReference(Organization.class, plan.organizationId()),
                    ContactUpdate.nameOf(user.getAttributes()), billingProduct(plan), now);
            ContactUpdate.apply(contact, user.getAttributes(), plan.fields(), now);
            contacts.add(contact);
            user.mapTo(contact, false);
            candidates.claimed(contact, displayNameOf(user));
            counts.countCreated();
        }
    }

    private ContactBillingProduct billingProduct(SyncPlan plan) {
        return plan.billingProductId() == null ? null
                : em.getReference(ContactBillingProduct.class, plan.billingProductId());
    }

    private static String displayNameOf(DirectoryUser user) {
        DirectoryUserAttributes a = user.getAttributes();
        return a.displayName() != null ? a.displayName() : user.getAnchor();
    }

    /** The contacts that may match the batch's unmapped users, and which of them are mapped already. */
    private Candidates candidatesFor(SyncPlan plan, ContactKeys contactKeys, List<DirectoryUser> batch) {
        Set<Long> ids = new HashSet<>();
        for (DirectoryUser user : batch) {
            if (needsMatching(user)) {
                ids.addAll(contactKeys.withEmailKey(user.getAttributes().emailKey()));
                ids.addAll(contactKeys.withNameKey(user.getAttributes().nameKey()));
            }
        }
        Map<Long, Contact> found = new HashMap<>();
        contacts.findAll(ids).stream().filter(c -> c.getOrganization().getId() == plan.organizationId())
                .forEach(c -> found.put(c.getId(), c));
        Map<Long, MappedUser> mapped = new HashMap<>(users.usersMappedTo(plan.configurationId(), found.keySet()));
        return new Candidates(found, mapped);
    }

    private static final class Candidates {
        private final Map<Long, Contact> contacts;
        private final Map<Long, MappedUser> mappedTo;

        Candidates(Map<Long, Contact> contacts, Map<Long, MappedUser> mappedTo) {
            this.contacts = contacts;
            this.mappedTo = mappedTo;
        }

        List<ContactMatcher.Candidate> byEmail(String emailKey) {
            return matching(emailKey, c -> c.getEmailKey().orElse(null), false);
        }

        /**
         * Contacts with the name, except those mapped to a namesake that is active in the directory: that contact
         * is the other person's, and this user is someone else of the same name.
         */
        List<ContactMatcher.Candidate> byName(String nameKey) {
            return matching(nameKey, c -> c.getNameKey().orElse(null), true);
        }

        private List<ContactMatcher.Candidate> matching(String key, Function<Contact, String> keyOf,
                                                        boolean skipActiveNamesakes) {
            List<ContactMatcher.Candidate> matches = new ArrayList<>();
            if (key == null) {
                return matches;
            }
            for (Contact contact : contacts.values()) {
                MappedUser owner = mappedTo.get(contact.getId());
                if (key.equals(keyOf.apply(contact)) && !(skipActiveNamesakes && owner != null
                        && owner.activeInDirectory())) {
                    matches.add(new ContactMatcher.Candidate(contact.getId(), contact.isActive(),
                            owner == null ? null : owner.displayName()));
                }
            }
            return matches;
        }

        Contact contact(long id) {
            return contacts.get(id);
        }

        /** Mapped in this batch: a later user of the batch that matches it is in conflict. */
        void claimed(Contact contact, String by) {
            if (contact.getId() != null) {
                mappedTo.put(contact.getId(), new MappedUser(by, true));
            }
        }
    }
}
