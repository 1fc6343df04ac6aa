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
import org.adsync.sync.ContactMatcher.Decision;
import org.adsync.sync.MatchCandidates.CandidateContact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings one batch of directory users and their contacts in step, in a transaction of its own: a failure later in
 * the run leaves this batch consistent, and running again converges. Contacts are never deleted. A run calls it
 * for every batch of the {@link MatchingRound#EMAIL email round}, then of the {@link MatchingRound#NAME name round}.
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

    /** The counts of one batch of the round: the users after that id, in id order; and the last id, -1 at the end. */
    public Result reconcile(SyncPlan plan, ScopeFacts facts, ContactKeys contactKeys, MatchingRound round,
                            long afterId, int size) {
        Instant now = Instant.now();
        SyncCounts counts = new SyncCounts();
        List<String> invalid = new ArrayList<>();
        List<DirectoryUser> batch = round == MatchingRound.EMAIL
                ? users.batchAfter(plan.configurationId(), afterId, size)
                : users.unmappedAfter(plan.configurationId(), afterId, size);
        if (batch.isEmpty()) {
            return new Result(counts, -1, invalid);
        }
        Map<Long, Contact> found = candidateContacts(plan, contactKeys, batch);
        MatchCandidates candidates = candidates(plan, found);
        for (DirectoryUser user : batch) {
            if (user.isIgnored()) {
                continue;
            }
            if (user.getContact().isPresent()) {
                if (round == MatchingRound.EMAIL) {
                    keepInStep(user, plan, facts, contactKeys, now, counts);
                }
            } else if (!user.isActiveInDirectory()) {
                user.settle();
            } else if (user.getDataProblem().isPresent()) {
                user.invalid(user.getDataProblem().get());
                counts.countError();
                invalid.add(nameOf(user));
            } else {
                candidates.decide(round, ContactMatcher.MatchSubject.of(user.getAttributes()), facts)
                        .ifPresent(decision -> apply(decision, user, plan, found, now, counts));
            }
        }
        return new Result(counts, batch.get(batch.size() - 1).getId(), invalid);
    }

    /** A batch's counts, its last user's id (-1 at the end), and the users it found invalid, by name. */
    public record Result(SyncCounts counts, long lastId, List<String> invalid) {
    }

    private static String nameOf(DirectoryUser user) {
        DirectoryUserAttributes a = user.getAttributes();
        return a.displayName() != null ? a.displayName() : a.accountName() != null ? a.accountName()
                : a.dn() != null ? a.dn() : user.getAnchor();
    }

    private static boolean needsMatching(DirectoryUser user) {
        return !user.isIgnored() && user.getContact().isEmpty() && user.isActiveInDirectory()
                && user.getDataProblem().isEmpty();
    }

    /**
     * A mapped user: its fields flow to the contact, and the contact follows its active state. A new email address
     * that another user in scope or another contact of the organization has already is not written: the contact
     * keeps its address and the user shows the conflict until one of them changes (as Entra Connect's duplicate
     * attribute resiliency does), so that no two active contacts come to share an address behind the admin's back.
     */
    private void keepInStep(DirectoryUser user, SyncPlan plan, ScopeFacts facts, ContactKeys contactKeys,
                            Instant now, SyncCounts counts) {
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
        Optional<String> emailTaken = emailTakenElsewhere(user, contact, plan, facts, contactKeys);
        Set<ContactField> fields = EnumSet.noneOf(ContactField.class);
        fields.addAll(plan.fields());
        if (emailTaken.isPresent()) {
            fields.remove(ContactField.EMAIL);
        }
        if (ContactUpdate.apply(contact, user.getAttributes(), fields, now)) {
            counts.countUpdated();
        }
        user.settle();
        user.getDataProblem().ifPresent(problem -> {
            user.note(problem);
            counts.countError();
        });
        emailTaken.ifPresent(reason -> {
            user.conflict(reason);
            counts.countConflict();
        });
    }

    private Optional<String> emailTakenElsewhere(DirectoryUser user, Contact contact, SyncPlan plan,
                                                 ScopeFacts facts, ContactKeys contactKeys) {
        String wanted = user.getAttributes().emailKey();
        boolean emailsFlow = plan.fields().contains(ContactField.EMAIL);
        if (!emailsFlow || wanted == null || wanted.equals(contact.getEmailKey().orElse(null))) {
            return Optional.empty();
        }
        List<Contact> others = contacts.findAll(contactKeys.withEmailKey(wanted)).stream()
                .filter(other -> !other.getId().equals(contact.getId())
                        && other.getOrganization().getId() == plan.organizationId())
                .toList();
        Map<Long, MappedUser> owners = users.usersMappedTo(plan.configurationId(),
                others.stream().map(Contact::getId).toList());
        return EmailWrite.withheld(user.getAttributes().email(), wanted, contact.getEmail().orElse(null), facts,
                () -> users.otherUserWithEmail(plan.configurationId(), wanted, user.getId()),
                others.stream().map(other -> new EmailWrite.OtherContact(other.getEmailKey().orElse(null),
                        other.getName().displayName(), owners.get(other.getId()))).toList(), emailsFlow);
    }

    private void apply(Decision decision, DirectoryUser user, SyncPlan plan, Map<Long, Contact> found, Instant now,
                       SyncCounts counts) {
        if (decision instanceof ContactMatcher.MapTo mapTo) {
            Contact contact = found.get(mapTo.contactId());
            if (mapTo.reactivate()) {
                contact.reactivate(now);
                counts.countReactivated();
            }
            user.mapTo(contact, false);
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
            counts.countCreated();
        }
    }

    private ContactBillingProduct billingProduct(SyncPlan plan) {
        return plan.billingProductId() == null ? null
                : em.getReference(ContactBillingProduct.class, plan.billingProductId());
    }

    /** The organization's contacts that may match the batch's users not mapped yet, by email or by name. */
    private Map<Long, Contact> candidateContacts(SyncPlan plan, ContactKeys contactKeys, List<DirectoryUser> batch) {
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
        return found;
    }

    /** Those contacts as matching sees them, with the users mapped to them now. */
    private MatchCandidates candidates(SyncPlan plan, Map<Long, Contact> found) {
        Map<Long, CandidateContact> seen = new HashMap<>();
        found.values().forEach(c -> seen.put(c.getId(), new CandidateContact(c.getId(), c.getEmailKey().orElse(null),
                c.getNameKey().orElse(null), c.isActive())));
        Set<String> emailKeys = seen.values().stream().map(CandidateContact::emailKey).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new MatchCandidates(seen, users.usersMappedTo(plan.configurationId(), found.keySet()),
                users.emailKeysInScope(plan.configurationId(), emailKeys), plan.fields().contains(ContactField.EMAIL));
    }
}
