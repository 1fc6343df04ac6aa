package org.adsync.sync.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.adsync.psa.Contact;
import org.adsync.psa.ContactRepository;
import org.adsync.sync.AttemptCounts;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.ContactChangeRepository;
import org.adsync.sync.ContactField;
import org.adsync.sync.DirectoryUser;
import org.adsync.sync.DirectoryUserRepository;
import org.adsync.sync.MappedUser;
import org.adsync.sync.ScopeFacts;
import org.adsync.sync.engine.ContactMatcher.Decision;
import org.adsync.sync.engine.MatchCandidates.CandidateContact;

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
 * for every batch of each {@link MatchingRound} in turn.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class BatchReconciler {

    @Inject
    DirectoryUserRepository users;

    @Inject
    ContactRepository contacts;

    @Inject
    ContactChangeRepository changes;

    @PersistenceContext(unitName = "adsync")
    EntityManager em;

    /**
     * The counts of one batch of the round: the users after that id, in id order; and the last id, -1 at the end.
     * {@code scopeFacts} are those of every user in scope with the round's disabled flag, or null for a run that
     * walks only some users ({@link RunScopeFacts}): then they are asked for the batch's keys alone.
     */
    public Result reconcile(ReconcileRun run, ScopeFacts scopeFacts, ContactKeys contactKeys, MatchingRound round,
                            long afterId, int size) {
        AttemptCounts counts = new AttemptCounts();
        List<String> invalid = new ArrayList<>();
        List<String> noted = new ArrayList<>();
        // a run that read only the changes walks its list of users that may need work, in the rounds that would
        // walk everyone; the others look for few users in any case
        List<Long> walked = run.mayNeedWork() == null || !round.walksEveryUser() ? null
                : run.mayNeedWork().after(afterId, size);
        List<DirectoryUser> batch = switch (round) {
            case EMAIL -> walked != null ? users.withIds(walked) : users.batchAfter(run.userSetId(), afterId, size);
            case NAME -> users.unmappedAfter(run.userSetId(), afterId, size, false);
            case DISABLED_EMAIL, DISABLED_NAME -> users.unmappedAfter(run.userSetId(), afterId, size, true);
            case DEPARTED -> walked != null ? users.departedAmong(walked)
                    : users.departedAfter(run.userSetId(), afterId, size);
        };
        long lastId = walked != null ? (walked.isEmpty() ? -1 : walked.get(walked.size() - 1))
                : batch.isEmpty() ? -1 : batch.get(batch.size() - 1).getId();
        if (batch.isEmpty()) {
            return new Result(counts, lastId, invalid, noted, List.of());
        }
        ScopeFacts facts = scopeFacts != null || round == MatchingRound.DEPARTED ? scopeFacts
                : factsOf(run, batch, round);
        ContactWrites writes = new ContactWrites(em, contacts, run, Instant.now(), counts);
        Set<Long> deactivatedEarlier = deactivatedEarlierInPreview(run, round, batch);
        Map<Long, Contact> found = candidateContacts(run, contactKeys, batch, round);
        MatchCandidates candidates = candidates(run, found);
        for (DirectoryUser user : batch) {
            if (user.isIgnored()) {
                continue;
            }
            Optional<Contact> contact = user.getContact();
            if (round == MatchingRound.DEPARTED) {
                boolean done = contact.filter(departed -> !deactivatedEarlier.contains(departed.getId()))
                        .map(departed -> writes.deactivate(user, departed)).orElse(true);
                if (done) {
                    user.settle();
                }
            } else if (contact.isPresent()) {
                keepInStep(user, contact.get(), run, facts, contactKeys, writes, counts, noted);
            } else if (!user.isInScope() || user.isDisabled() && user.getDataProblem().isPresent()) {
                user.settle();
            } else if (user.getDataProblem().isPresent()) {
                user.invalid(user.getDataProblem().get());
                counts.countError();
                invalid.add(ContactWrites.nameOf(user));
            } else if (user.isDisabled() == round.forDisabledUsers()) {
                candidates.decide(round, ContactMatcher.MatchSubject.of(user.getAttributes()), facts)
                        .ifPresent(decision -> apply(decision, user, run, found, candidates, writes, counts));
            }
        }
        return new Result(counts, lastId, invalid, noted, writes.withheld());
    }

    /**
     * A batch's counts, its last user's id (-1 at the end), and by name the users it found invalid, the synced ones
     * with a value left out, and those whose contacts it left active because the approval did not cover them.
     */
    public record Result(AttemptCounts counts, long lastId, List<String> invalid, List<String> noted,
                         List<String> withheld) {
    }

    /**
     * A preview never writes a contact, so one it deactivated in an earlier round (a disabled user matched to it)
     * is still active when the departures come: what it recorded tells that it is not, as a sync's own write would.
     */
    private Set<Long> deactivatedEarlierInPreview(ReconcileRun run, MatchingRound round, List<DirectoryUser> batch) {
        if (!run.preview() || round != MatchingRound.DEPARTED) {
            return Set.of();
        }
        List<Long> contactIds = batch.stream().flatMap(user -> user.getContact().stream()).map(Contact::getId)
                .toList();
        return changes.contactsChanged(run.attemptId(), ContactChangeKind.DEACTIVATED, contactIds);
    }

    private static boolean needsMatching(DirectoryUser user, MatchingRound round) {
        return !user.isIgnored() && user.getContact().isEmpty() && user.isInScope()
                && user.isDisabled() == round.forDisabledUsers() && user.getDataProblem().isEmpty();
    }

    /**
     * A mapped enabled user: its fields flow to the contact, which is active. (Mapped users who are disabled or
     * left the scope wait for the {@link MatchingRound#DEPARTED departed round}.) A new email address that another
     * user in scope or another contact of the organization has already is not written: the contact keeps its
     * address and the user shows the conflict until one of them changes (as Entra Connect's duplicate attribute
     * resiliency does), so that no two active contacts come to share an address behind the admin's back.
     */
    private void keepInStep(DirectoryUser user, Contact contact, ReconcileRun run, ScopeFacts facts,
                            ContactKeys contactKeys, ContactWrites writes, AttemptCounts counts, List<String> noted) {
        if (!user.isActiveInDirectory()) {
            return;
        }
        writes.reactivate(user, contact);
        Optional<String> emailTaken = emailTakenElsewhere(user, contact, run, facts, contactKeys);
        Set<ContactField> fields = EnumSet.noneOf(ContactField.class);
        fields.addAll(run.plan().fields());
        if (emailTaken.isPresent()) {
            fields.remove(ContactField.EMAIL);
        }
        writes.update(user, contact, fields);
        user.settle();
        user.getDataProblem().ifPresent(problem -> {
            user.note(problem);
            counts.countError();
            noted.add(ContactWrites.nameOf(user));
        });
        emailTaken.ifPresent(reason -> {
            user.conflict(reason);
            counts.countConflict();
        });
    }

    private Optional<String> emailTakenElsewhere(DirectoryUser user, Contact contact, ReconcileRun run,
                                                 ScopeFacts facts, ContactKeys contactKeys) {
        SyncPlan plan = run.plan();
        String wanted = user.getAttributes().emailKey();
        boolean emailsFlow = plan.fields().contains(ContactField.EMAIL);
        if (!emailsFlow || wanted == null || wanted.equals(contact.getEmailKey().orElse(null))) {
            return Optional.empty();
        }
        List<Contact> others = contacts.findAll(contactKeys.withEmailKey(wanted)).stream()
                .filter(other -> !other.getId().equals(contact.getId())
                        && other.getOrganization().getId() == plan.organizationId())
                .toList();
        Map<Long, MappedUser> owners = users.usersMappedTo(run.userSetId(),
                others.stream().map(Contact::getId).toList());
        return EmailWrite.withheld(user.getAttributes().email(), wanted, contact.getEmail().orElse(null), facts,
                () -> users.otherUserWithEmail(run.userSetId(), wanted, user.getId()),
                others.stream().map(other -> new EmailWrite.OtherContact(other.getEmailKey().orElse(null),
                        other.getName().displayName(), owners.get(other.getId()))).toList(), emailsFlow);
    }

    /**
     * An enabled user gets the matching contact, active, or a new one; a disabled user gets the matching contact,
     * inactive, and never a new one. A contact whose user left the scope is taken over, that mapping ended.
     */
    private void apply(Decision decision, DirectoryUser user, ReconcileRun run, Map<Long, Contact> found,
                       MatchCandidates candidates, ContactWrites writes, AttemptCounts counts) {
        if (decision instanceof ContactMatcher.MapTo mapTo) {
            Contact contact = found.get(mapTo.contactId());
            if (candidates.mappedToDeparted(contact.getId())) {
                users.mappedTo(user.getConfigurationId(), contact.getId()).ifPresent(former -> {
                    former.unmap();
                    former.contactTakenOverBy(ContactWrites.nameOf(user));
                    writes.tookOver(user, contact, ContactWrites.nameOf(former));
                });
            }
            user.mapTo(contact, false);
            if (user.isDisabled()) {
                writes.deactivate(user, contact);
            } else {
                writes.reactivate(user, contact);
                writes.update(user, contact, run.plan().fields());
            }
        } else if (decision instanceof ContactMatcher.Conflict conflict) {
            user.conflict(conflict.reason());
            counts.countConflict();
        } else if (user.isDisabled()) {
            user.settle(); // no contact matches: a disabled user is listed as inactive, without one
        } else {
            writes.create(user);
        }
    }

    /** What matching must know of the users in scope, as far as the keys of the batch's users go. */
    private ScopeFacts factsOf(ReconcileRun run, List<DirectoryUser> batch, MatchingRound round) {
        Set<String> emailKeys = new HashSet<>();
        Set<String> nameKeys = new HashSet<>();
        for (DirectoryUser user : batch) {
            if (user.getAttributes().emailKey() != null) {
                emailKeys.add(user.getAttributes().emailKey());
            }
            if (user.getAttributes().nameKey() != null) {
                nameKeys.add(user.getAttributes().nameKey());
            }
        }
        return users.scopeFactsAmong(run.userSetId(), round.forDisabledUsers(), emailKeys, nameKeys);
    }

    /** The organization's contacts that may match the batch's users not mapped yet, by email or by name. */
    private Map<Long, Contact> candidateContacts(ReconcileRun run, ContactKeys contactKeys, List<DirectoryUser> batch,
                                                 MatchingRound round) {
        Set<Long> ids = new HashSet<>();
        for (DirectoryUser user : batch) {
            if (needsMatching(user, round)) {
                ids.addAll(contactKeys.withEmailKey(user.getAttributes().emailKey()));
                ids.addAll(contactKeys.withNameKey(user.getAttributes().nameKey()));
            }
        }
        Map<Long, Contact> found = new HashMap<>();
        contacts.findAll(ids).stream().filter(c -> c.getOrganization().getId() == run.plan().organizationId())
                .forEach(c -> found.put(c.getId(), c));
        return found;
    }

    /** Those contacts as matching sees them, with the users mapped to them now. */
    private MatchCandidates candidates(ReconcileRun run, Map<Long, Contact> found) {
        Map<Long, CandidateContact> seen = new HashMap<>();
        found.values().forEach(c -> seen.put(c.getId(), new CandidateContact(c.getId(), c.getEmailKey().orElse(null),
                c.getNameKey().orElse(null), c.isActive())));
        Set<String> emailKeys = seen.values().stream().map(CandidateContact::emailKey).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new MatchCandidates(seen, users.usersMappedTo(run.userSetId(), found.keySet()),
                users.emailKeysInScope(run.userSetId(), emailKeys),
                run.plan().fields().contains(ContactField.EMAIL));
    }
}
