package org.adsync.sync;

import java.util.List;
import java.util.Optional;

/** Port to the recorded sync attempts. */
public interface SyncAttemptRepository {

    Optional<SyncAttempt> findById(long id);

    /** The latest attempts first. */
    List<SyncAttempt> latest(long configurationId, int max);

    SyncAttempt add(SyncAttempt attempt);

    /** Deletes the configuration's finished attempts older than its latest {@code keep}. */
    void removeAllButLatest(long configurationId, int keep);
}
