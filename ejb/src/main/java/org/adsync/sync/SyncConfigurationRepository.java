package org.adsync.sync;

import java.util.List;
import java.util.Optional;

/** Port to the stored AD Sync configurations. */
public interface SyncConfigurationRepository {

    Optional<SyncConfiguration> findById(long id);

    Optional<SyncConfiguration> findByOrganization(long organizationId);

    List<SyncConfiguration> findAll();

    SyncConfiguration add(SyncConfiguration configuration);

    /** Removes the configuration with its directory users and its whole sync history; contacts stay. */
    void removeWithHistory(SyncConfiguration configuration);
}
