package org.adsync.sync.engine;

import jakarta.persistence.EntityManager;
import org.adsync.psa.Contact;
import org.adsync.psa.ContactBillingProduct;
import org.adsync.psa.ContactRepository;
import org.adsync.psa.Organization;
import org.adsync.sync.AttemptCounts;
import org.adsync.sync.ContactChange;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.ContactField;
import org.adsync.sync.DirectoryUser;
import org.adsync.sync.DirectoryUserAttributes;
import org.adsync.sync.FieldChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one batch does to contacts, counted and recorded as a {@link ContactChange} of the attempt. A preview goes
 * through the same steps on contacts detached from the persistence context, so it finds exactly what a sync would
 * change and writes none of it.
 */
public final class ContactWrites {

    private final EntityManager em;
    private final ContactRepository contacts;
    private final ReconcileRun run;
    private final Instant now;
    private final AttemptCounts counts;
    private final List<String> withheld = new ArrayList<>();

    ContactWrites(EntityManager em, ContactRepository contacts, ReconcileRun run, Instant now, AttemptCounts counts) {
        this.em = em;
        this.contacts = contacts;
        this.run = run;
        this.now = now;
        this.counts = counts;
    }

    void update(DirectoryUser user, Contact contact, Set<ContactField> fields) {
        List<FieldChange> changes = ContactUpdate.apply(writable(contact), user.getAttributes(), fields, now);
        if (!changes.isEmpty()) {
            counts.countUpdated();
            record(user, contact, ContactChangeKind.UPDATED, changes, null);
        }
    }

    /**
     * Deactivates the user's contact if it is active. Answers false when the run applies an approval that does not
     * cover this contact: then the contact stays active, the user says why, and the run names it in its message.
     */
    boolean deactivate(DirectoryUser user, Contact contact) {
        if (!contact.isActive()) {
            return true;
        }
        if (!run.mayDeactivate(contact.getId())) {
            withheld.add(nameOf(user));
            user.deactivationWithheld("Its contact " + contact.getName().displayName() + " was left active: it was "
                    + "not on the list of the held sync an admin approved (attempt " + run.approval().heldAttemptId()
                    + "). The next sync deactivates it, or holds again if too many would go.", now);
            return false;
        }
        writable(contact).deactivate(now);
        counts.countDeactivated();
        record(user, contact, ContactChangeKind.DEACTIVATED, List.of(), user.isInScope()
                ? "Disabled in the directory." : "Left the scope (deleted, moved, or no longer selected).");
        return true;
    }

    /** The users whose contacts this batch left active because the approval did not cover them, by name. */
    List<String> withheld() {
        return withheld;
    }

    void reactivate(DirectoryUser user, Contact contact) {
        if (!contact.isActive()) {
            writable(contact).reactivate(now);
            counts.countReactivated();
            record(user, contact, ContactChangeKind.REACTIVATED, List.of(), null);
        }
    }

    void tookOver(DirectoryUser user, Contact contact, String formerUser) {
        record(user, contact, ContactChangeKind.TAKEN_OVER, List.of(), "Was mapped to " + formerUser
                + ", who left the scope; that mapping ended.");
    }

    /** A new contact for the user, mapped to it; a preview only marks the user as one that would get one. */
    void create(DirectoryUser user) {
        Contact contact = new Contact(em.getReference(Organization.class, run.plan().organizationId()),
                ContactUpdate.nameOf(user.getAttributes()), billingProduct(), now);
        List<FieldChange> values = ContactUpdate.apply(contact, user.getAttributes(), run.plan().fields(), now);
        counts.countCreated();
        if (run.preview()) {
            user.wouldGetNewContact();
            em.persist(new ContactChange(run.attemptId(), null, contact.getName().displayName(), nameOf(user),
                    ContactChangeKind.CREATED, values, null, now));
        } else {
            contacts.add(contact);
            user.mapTo(contact, false);
            record(user, contact, ContactChangeKind.CREATED, values, null);
        }
    }

    private Contact writable(Contact contact) {
        if (run.preview() && em.contains(contact)) {
            em.detach(contact); // the preview sees the change, the database never does
        }
        return contact;
    }

    private void record(DirectoryUser user, Contact contact, ContactChangeKind kind, List<FieldChange> fields,
                        String note) {
        em.persist(new ContactChange(run.attemptId(), contact.getId(), contact.getName().displayName(), nameOf(user),
                kind, fields, note, now));
    }

    private ContactBillingProduct billingProduct() {
        Long id = run.plan().billingProductId();
        return id == null ? null : em.getReference(ContactBillingProduct.class, id);
    }

    public static String nameOf(DirectoryUser user) {
        DirectoryUserAttributes a = user.getAttributes();
        return a.displayName() != null ? a.displayName() : a.accountName() != null ? a.accountName()
                : a.dn() != null ? a.dn() : user.getAnchor();
    }
}
