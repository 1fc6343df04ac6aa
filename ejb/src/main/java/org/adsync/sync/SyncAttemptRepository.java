package org.adsync.sync;

import java.util.List;
import java.util.Optional;

/** Port to the recorded sync attempts. */
public interface SyncAttemptRepository {

    Optional<SyncAttempt> findById(long id);

    /** The latest attempts first. */
    List<SyncAttempt> latest(long configurationId, int max);

    /** The latest attempts of each of these configurations, at most {@code max} each, latest first. */
    java.util.Map<Long, List<SyncAttempt>> latestOf(java.util.Collection<Long> configurationIds, int max);

    /** The configuration's latest sync (not preview) that succeeded, if it keeps one. */
    Optional<SyncAttempt> lastSucceeded(long configurationId);

    SyncAttempt add(SyncAttempt attempt);

    /** Deletes the configuration's finished attempts older than its latest {@code keep}. */
    void removeAllButLatest(long configurationId, int keep);
}
