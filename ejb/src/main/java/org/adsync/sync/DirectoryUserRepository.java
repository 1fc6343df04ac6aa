package org.adsync.sync;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port to the directory users of the configurations. */
public interface DirectoryUserRepository {

    /** A stored user as a read compares it. */
    record KnownUser(long fingerprint, boolean inScope) {
    }

    Optional<DirectoryUser> findById(long id);

    Map<String, DirectoryUser> findByAnchors(long configurationId, Collection<String> anchors);

    /** Those users, with their contacts loaded. */
    List<DirectoryUser> findWithContacts(Collection<Long> ids);

    /** Ids in ascending order after the given one: the engine walks all users in batches this way. */
    List<Long> nextIds(long configurationId, long afterId, int limit);

    /** What is stored of the users with these anchors, without loading them: fingerprint and scope. */
    Map<String, KnownUser> known(long configurationId, Collection<String> anchors);

    /** Ids and anchors of users in scope, in id order after the given id, for finding those a read did not see. */
    List<Map.Entry<Long, String>> inScopeAfter(long configurationId, long afterId, int limit);

    /** These users left the scope: moved away, deleted, or no longer members of the group. */
    void markLeftScope(Collection<Long> ids, java.time.Instant now);

    ScopeFacts scopeFacts(long configurationId);

    /** For each of these contacts, the directory user of this configuration mapped to it. */
    Map<Long, MappedUser> usersMappedTo(long configurationId, Collection<Long> contactIds);

    List<DirectoryUser> find(long configurationId, DirectoryUserState state, int first, int max);

    long count(long configurationId, DirectoryUserState state);

    /** Active synced users and open conflicts, as the list page shows them. */
    Map<DirectoryUserState, Long> countsByState(long configurationId);

    boolean anyMapped(long configurationId);

    DirectoryUser add(DirectoryUser user);
}
