package org.adsync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;

/**
 * Keeps each configuration's Sync'd Users and Conflicts as the list page sorts them: counted again when an attempt
 * ends and when an admin maps, unmaps or ignores a user, in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DirectoryUserTotals {

    @Inject
    DirectoryUserRepository users;

    @Inject
    SyncConfigurationRepository configurations;

    public void refresh(long configurationId) {
        Map<DirectoryUserState, Long> counts = users.countsByState(configurationId);
        configurations.recordUserCounts(configurationId, counts.get(DirectoryUserState.SYNCED),
                counts.get(DirectoryUserState.CONFLICT));
    }
}
