package org.adsync.sync;

import org.adsync.directory.CertificateObservation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the stored AD Sync configurations. */
public interface SyncConfigurationRepository {

    Optional<SyncConfiguration> findById(long id);

    Optional<SyncConfiguration> findByOrganization(long organizationId);

    List<SyncConfiguration> findAll();

    SyncConfiguration add(SyncConfiguration configuration);

    /** Records the certificate seen at a connection, whatever else changed meanwhile (no version check). */
    void recordCertificate(long configurationId, CertificateObservation certificate, Instant checkedAt);

    /** Removes the configuration with its directory users and its whole sync history; contacts stay. */
    void removeWithHistory(SyncConfiguration configuration);
}
