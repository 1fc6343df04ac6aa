package org.adsync.sync.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.adsync.directory.CertificateObservation;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncConfigurationRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaSyncConfigurationRepository implements SyncConfigurationRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public Optional<SyncConfiguration> findById(long id) {
        return Optional.ofNullable(em.find(SyncConfiguration.class, id));
    }

    @Override
    public Optional<SyncConfiguration> findByOrganization(long organizationId) {
        return em.createQuery("select c from SyncConfiguration c where c.organization.id = :organization",
                        SyncConfiguration.class)
                .setParameter("organization", organizationId).getResultStream().findFirst();
    }

    @Override
    public List<SyncConfiguration> findAll() {
        return em.createQuery("select c from SyncConfiguration c join fetch c.organization "
                + "order by lower(c.organization.name)",
                SyncConfiguration.class).getResultList();
    }

    @Override
    public SyncConfiguration add(SyncConfiguration configuration) {
        em.persist(configuration);
        return configuration;
    }

    @Override
    public void recordCertificate(long configurationId, CertificateObservation certificate, Instant checkedAt) {
        em.createQuery("update SyncConfiguration c set c.sslStatus = :status, c.sslDetail = :detail, "
                        + "c.certificateExpiresAt = :expires, c.sslCheckedAt = :checked where c.id = :id")
                .setParameter("status", certificate.status())
                .setParameter("detail", SyncConfiguration.fittingSslDetail(certificate.detail()))
                .setParameter("expires", certificate.expiresAt())
                .setParameter("checked", checkedAt)
                .setParameter("id", configurationId)
                .executeUpdate();
    }

    @Override
    public void removeWithHistory(SyncConfiguration configuration) {
        em.createQuery("delete from DirectoryUser u where u.configurationId = :c")
                .setParameter("c", configuration.getId()).executeUpdate();
        em.createQuery("delete from SyncAttempt a where a.configurationId = :c")
                .setParameter("c", configuration.getId()).executeUpdate();
        em.remove(configuration);
    }
}
