package org.adsync.sync.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.psa.Contact;
import org.adsync.psa.ContactQuery;
import org.adsync.psa.ContactRepository;
import org.adsync.psa.ContactView;
import org.adsync.sync.DirectoryUser;
import org.adsync.sync.DirectoryUserFilter;
import org.adsync.sync.DirectoryUserRepository;
import org.adsync.sync.DirectoryUserSort;
import org.adsync.sync.DirectoryUserState;
import org.adsync.sync.DirectoryUserTotals;
import org.adsync.sync.DirectoryUserView;
import org.adsync.sync.InvalidSyncSettingsException;
import org.adsync.sync.MappedUser;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncConfigurationRepository;
import org.adsync.sync.UnknownSyncException;
import org.adsync.sync.engine.ContactWrites;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The AD Users tab's actions: list the directory users by state, map one to a contact by hand, ignore one.
 * A manual mapping or Ignore resolves a conflict at once; the next sync keeps both.
 */
@ApplicationScoped
@Transactional
public class DirectoryUserAdministration {

    @Inject
    DirectoryUserRepository users;

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    ContactRepository contacts;

    @Inject
    DirectoryUserTotals userTotals;

    @Inject
    AuditLog audit;

    public List<DirectoryUserView> users(long configurationId, DirectoryUserState state, int first, int max) {
        return users(configurationId, DirectoryUserFilter.of(state), DirectoryUserSort.NAME, false, first, max);
    }

    public List<DirectoryUserView> users(long configurationId, DirectoryUserFilter filter, DirectoryUserSort sort,
                                         boolean descending, int first, int max) {
        return users.find(configurationId, filter, sort, descending, first, max).stream()
                .map(DirectoryUserView::of).toList();
    }

    /**
     * The organization's contacts whose name or email contains the text and that no other directory user of this
     * sync is mapped to: what User Sync Details offers for a manual mapping.
     */
    public List<ContactView> mappableContacts(long configurationId, long userId, String text, int max) {
        DirectoryUser user = find(configurationId, userId);
        SyncConfiguration configuration = configurations.findById(configurationId).orElseThrow();
        ContactQuery query = ContactQuery.ofOrganization(configuration.getOrganization().getId()).containing(text);
        List<Contact> candidates = contacts.find(query, 0, max * 4);
        Map<Long, MappedUser> owners = users.usersMappedTo(configurationId,
                candidates.stream().map(Contact::getId).toList());
        Long own = user.getContact().map(Contact::getId).orElse(null);
        return candidates.stream().filter(c -> !owners.containsKey(c.getId()) || c.getId().equals(own))
                .limit(max).map(ContactView::of).toList();
    }

    public long count(long configurationId, DirectoryUserState state) {
        return count(configurationId, DirectoryUserFilter.of(state));
    }

    public long count(long configurationId, DirectoryUserFilter filter) {
        return users.count(configurationId, filter);
    }

    public DirectoryUserView user(long configurationId, long userId) {
        return DirectoryUserView.of(find(configurationId, userId));
    }

    /** Maps the user to a contact of the configuration's organization that no other directory user has. */
    public DirectoryUserView mapByHand(long configurationId, long userId, long contactId) {
        DirectoryUser user = find(configurationId, userId);
        SyncConfiguration configuration = configurations.findById(configurationId).orElseThrow();
        Contact contact = contacts.findById(contactId)
                .filter(c -> c.getOrganization().getId().equals(configuration.getOrganization().getId()))
                .orElseThrow(() -> new InvalidSyncSettingsException("contactId", "No contact " + contactId + " in "
                        + configuration.getOrganization().getName()));
        Map<Long, MappedUser> owners = users.usersMappedTo(configurationId, List.of(contactId));
        MappedUser owner = owners.get(contactId);
        boolean ownedByAnother = owner != null && user.getContact().map(c -> !c.getId().equals(contactId)).orElse(true);
        if (ownedByAnother) {
            throw new InvalidSyncSettingsException("contactId", contact.getName().displayName()
                    + " is already mapped to the directory user " + owner.displayName()
                    + ". Ignore that user or map it elsewhere first.");
        }
        String before = user.getContact().map(c -> " (was " + c.getName().displayName() + ")").orElse("");
        user.mapTo(contact, true);
        user.changedByAdmin(Instant.now());
        audited(AuditKind.USER_MAPPED, configuration, user, "To the contact " + contact.getName().displayName()
                + " (ID " + contactId + ")" + before);
        return counted(user);
    }

    /**
     * Removes the user's mapping; the contact is left as it is. The next sync matches the user again by the usual
     * rules, so to keep a user apart from every contact, ignore it instead.
     */
    public DirectoryUserView unmap(long configurationId, long userId) {
        DirectoryUser user = find(configurationId, userId);
        String before = user.getContact().map(c -> "Was mapped to " + c.getName().displayName()).orElse(null);
        user.unmap();
        user.changedByAdmin(Instant.now());
        audited(AuditKind.USER_UNMAPPED, configurationOf(configurationId), user, before);
        return counted(user);
    }

    /** Ignoring a mapped user removes its mapping; the contact itself is left as it is. */
    public DirectoryUserView ignore(long configurationId, long userId, boolean ignored) {
        DirectoryUser user = find(configurationId, userId);
        String mapping = user.getContact().map(c -> "Its mapping to " + c.getName().displayName() + " was removed")
                .orElse(null);
        if (ignored) {
            user.ignore();
        } else {
            user.stopIgnoring();
            user.settle();
        }
        user.changedByAdmin(Instant.now());
        audited(ignored ? AuditKind.USER_IGNORED : AuditKind.USER_UNIGNORED, configurationOf(configurationId), user,
                ignored ? mapping : null);
        return counted(user);
    }

    /** The list page counts conflicts and synced users: they change with this user at once. */
    private DirectoryUserView counted(DirectoryUser user) {
        userTotals.refresh(user.getConfigurationId());
        return DirectoryUserView.of(user);
    }

    private void audited(AuditKind kind, SyncConfiguration configuration, DirectoryUser user, String details) {
        audit.record(kind, AuditTarget.sync(configuration.getOrganization().getId(),
                configuration.getOrganization().getName(), configuration.getId()), ContactWrites.nameOf(user), details);
    }

    private SyncConfiguration configurationOf(long configurationId) {
        return configurations.findById(configurationId).orElseThrow(
                () -> new UnknownSyncException("No AD Sync configuration " + configurationId));
    }

    private DirectoryUser find(long configurationId, long userId) {
        return users.findById(userId).filter(u -> u.getConfigurationId() == configurationId)
                .orElseThrow(() -> new UnknownSyncException("No directory user " + userId + " in this AD Sync"));
    }
}
