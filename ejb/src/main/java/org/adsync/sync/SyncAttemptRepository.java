package org.adsync.sync;

import java.util.List;
import java.util.Optional;

/** Port to the recorded sync attempts. */
public interface SyncAttemptRepository {

    Optional<SyncAttempt> findById(long id);

    /** The latest attempts first. */
    List<SyncAttempt> latest(long configurationId, int max);

    SyncAttempt add(SyncAttempt attempt);
}
