package org.adsync.sync;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port to the directory users of the configurations. */
public interface DirectoryUserRepository {

    /** A stored user as a read compares it. */
    record KnownUser(long id, String anchor, long fingerprint, boolean inScope) {
    }

    Optional<DirectoryUser> findById(long id);

    /** The anchors of the configuration's users in scope that are stored as disabled. */
    Set<String> disabledInScope(long configurationId);

    Map<String, DirectoryUser> findByAnchors(long configurationId, Collection<String> anchors);

    /** The next users in id order after that id, with their contacts: the engine walks all users this way. */
    List<DirectoryUser> batchAfter(long configurationId, long afterId, int limit);

    /**
     * The ids, in order, of the users that may need work after a read that continued from the last one: unmapped,
     * in conflict or invalid (whose matching may come out otherwise now), with a data problem, changed since
     * {@code usersChangedSince}, or mapped to a contact edited since {@code contactsEditedSince}. A synced, inactive
     * or ignored user that did not change, whose contact nobody touched, needs nothing. One pass over the users.
     */
    List<Long> mayNeedWork(long configurationId, Instant usersChangedSince, Instant contactsEditedSince);

    /** These users with their contacts, in id order. */
    List<DirectoryUser> withIds(List<Long> ids);

    /** Of these users, the departed ones ({@link #departedAfter}), in id order. */
    List<DirectoryUser> departedAmong(List<Long> ids);

    /**
     * The next users after that id that a later round may still have to match: not mapped (nor marked by a preview
     * as getting a new contact), not ignored, in scope, enabled or disabled as asked, without a data problem; in id
     * order. On a re-sync they are few.
     */
    List<DirectoryUser> unmappedAfter(long configurationId, long afterId, int limit, boolean disabled);

    /** The next mapped users after that id that are disabled or left the scope, with their contacts; in id order. */
    List<DirectoryUser> departedAfter(long configurationId, long afterId, int limit);

    /** How many mapped users have an active contact: the contacts this sync keeps, before a run changes them. */
    long syncedContacts(long configurationId);

    /** How many mapped users are disabled or left the scope while their contact is active: what a run deactivates. */
    long deactivationsDue(long configurationId);

    /** The user of this configuration (or scratch set) mapped to the contact, if any. */
    Optional<DirectoryUser> mappedTo(long configurationId, long contactId);

    /** Which of these email keys some user in scope (active, not ignored) has. */
    Set<String> emailKeysInScope(long configurationId, Collection<String> emailKeys);

    /** The name of another user in scope (active, not ignored) with this email key, if there is one. */
    Optional<String> otherUserWithEmail(long configurationId, String emailKey, long exceptUserId);

    /** Anchor, fingerprint and scope of the users after that id, in id order, without loading them. */
    List<KnownUser> knownAfter(long configurationId, long afterId, int limit);

    /** Ids and anchors of users in scope, in id order after the given id, for finding those a read did not see. */
    List<Map.Entry<Long, String>> inScopeAfter(long configurationId, long afterId, int limit);

    /** These users left the scope: moved away, deleted, or no longer members of the group. */
    void markLeftScope(Collection<Long> ids, java.time.Instant now);

    /** The email and name keys that more than one user in scope shares, among the enabled or the disabled ones. */
    ScopeFacts scopeFacts(long configurationId, boolean disabled);

    /** {@link #scopeFacts} as far as these keys go: for a batch, without grouping every user in scope. */
    ScopeFacts scopeFactsAmong(long configurationId, boolean disabled, Collection<String> emailKeys,
                               Collection<String> nameKeys);


    /** For each of these contacts, the directory user of this configuration mapped to it. */
    Map<Long, MappedUser> usersMappedTo(long configurationId, Collection<Long> contactIds);

    List<DirectoryUser> find(long configurationId, DirectoryUserFilter filter, DirectoryUserSort sort,
                             boolean descending, int first, int max);

    long count(long configurationId, DirectoryUserFilter filter);

    /** Active synced users and open conflicts, as the list page shows them. */
    Map<DirectoryUserState, Long> countsByState(long configurationId);

    boolean anyMapped(long configurationId);

    DirectoryUser add(DirectoryUser user);

    /** Forgets every directory user of the configuration, with their mappings; the contacts stay. */
    int removeAll(long configurationId);
}
