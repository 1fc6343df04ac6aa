package org.adsync.sync;

import org.adsync.directory.CertificateObservation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the stored AD Sync configurations. */
public interface SyncConfigurationRepository {

    Optional<SyncConfiguration> findById(long id);

    Optional<SyncConfiguration> findByOrganization(long organizationId);

    /** The names of the organizations whose syncs give new contacts that billing product, by name. */
    List<String> organizationsUsingBillingProduct(long billingProductId);

    SyncConfiguration add(SyncConfiguration configuration);

    /** The list page's rows: one query for the page, whatever its sort and filter. */
    List<SyncListRow> findRows(SyncListQuery query, int first, int max);

    long countRows(SyncListQuery query);

    /** The organizations that have no AD Sync yet, by name: the only ones a new sync can be for. */
    List<OrganizationOption> organizationsWithoutSync();

    /** Stores the configuration's directory user counts as the list shows them. */
    void recordUserCounts(long configurationId, long syncedUsers, long conflicts);

    /** Records the certificate seen at a connection, whatever else changed meanwhile (no version check). */
    void recordCertificate(long configurationId, CertificateObservation certificate, Instant checkedAt);

    /**
     * Stores where a successful Entra ID read ended, unless the settings were saved since the run began (then the
     * link may describe users no longer in scope, and the next read is full). A bulk update: it neither fails nor
     * bumps the version of the admin's save. Answers whether it was stored.
     */
    boolean recordDeltaLink(long configurationId, String deltaLink, long settingsVersion);

    /** Makes the next read a full one, which its attempt says was for that reason ("the settings changed"). */
    void requireFullRead(long configurationId, String reason);

    /** Removes the configuration with its directory users and its whole sync history; contacts stay. */
    void removeWithHistory(SyncConfiguration configuration);
}
