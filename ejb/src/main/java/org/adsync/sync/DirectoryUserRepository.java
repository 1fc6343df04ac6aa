package org.adsync.sync;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port to the directory users of the configurations. */
public interface DirectoryUserRepository {

    Optional<DirectoryUser> findById(long id);

    Map<String, DirectoryUser> findByAnchors(long configurationId, Collection<String> anchors);

    /** Those users, with their contacts loaded. */
    List<DirectoryUser> findWithContacts(Collection<Long> ids);

    /** Ids in ascending order after the given one: the engine walks all users in batches this way. */
    List<Long> nextIds(long configurationId, long afterId, int limit);

    /** Users in scope that this attempt's complete read did not see: they left the scope or were deleted. */
    int markNotSeenAsLeftScope(long configurationId, long attemptId, java.time.Instant now);

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
