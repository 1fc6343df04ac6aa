package org.adsync.sync.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.adsync.directory.CertificateObservation;
import org.adsync.directory.DeltaPosition;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.SslStatus;
import org.adsync.sync.OrganizationAlreadySyncedException;
import org.adsync.sync.OrganizationOption;
import org.adsync.sync.SecretExpiry;
import org.adsync.sync.SyncConfiguration;
import org.adsync.sync.SyncConfigurationRepository;
import org.adsync.sync.SyncListQuery;
import org.adsync.sync.SyncListRow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaSyncConfigurationRepository implements SyncConfigurationRepository {

    /** V2's "one AD Sync per organization". */
    private static final String ORGANIZATION_CONSTRAINT = "ux_sync_configuration_organization";

    /**
     * The SSL Status column's order: 0 needs action (a certificate problem, a client secret expired or expiring
     * within {@value SecretExpiry#WARNING_DAYS} days), 1 not known yet, 2 fine. Entra ID rows are ranked by their
     * client secret, as the column shows them; the ranks follow {@link SslStatus#needsAction()}.
     */
    private static final String SSL_STATUS_RANK = "case when c.directoryType = " + literal(DirectoryType.AZURE)
            + " then (case when c.azure.clientSecretExpiresOn is null then 1"
            + " when c.azure.clientSecretExpiresOn <= :secretWarningFrom then 0 else 2 end)"
            + " when c.sslStatus in (" + Arrays.stream(SslStatus.values()).filter(SslStatus::needsAction)
            .map(JpaSyncConfigurationRepository::literal).collect(Collectors.joining(", ")) + ") then 0"
            + " when c.sslStatus = " + literal(SslStatus.UNKNOWN) + " then 1 else 2 end";

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
    public SyncConfiguration add(SyncConfiguration configuration) {
        em.persist(configuration);
        try {
            // Now, not at commit: two admins adding a sync for one organization at once meet the unique constraint
            // here, where the loser can be told what happened.
            em.flush();
        } catch (PersistenceException e) {
            if (names(e, ORGANIZATION_CONSTRAINT)) {
                throw new OrganizationAlreadySyncedException(configuration.getOrganization().getName());
            }
            throw e;
        }
        return configuration;
    }

    private static boolean names(Throwable error, String constraint) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<SyncListRow> findRows(SyncListQuery query, int first, int max) {
        TypedQuery<Object[]> rows = em.createQuery("select c.id, o.id, o.name, c.enabled, c.directoryType, "
                + "c.syncedUsers, c.conflicts, c.sslStatus, c.sslDetail, c.certificateExpiresAt, "
                + "c.azure.clientSecretExpiresOn, b.name, "
                + "(select max(a.startedAt) from SyncAttempt a where a.configurationId = c.id "
                + "and a.trigger <> org.adsync.sync.SyncTrigger.PREVIEW) as lastSync, "
                + "s.nextSyncAt "
                + "from SyncConfiguration c join c.organization o left join c.billingProduct b "
                + "left join SyncSchedule s on s.configurationId = c.id"
                + where(query) + " order by " + orderBy(query) + ", c.id", Object[].class);
        if (query.sort() == SyncListQuery.SortField.SSL_STATUS) {
            rows.setParameter("secretWarningFrom", LocalDate.now(ZoneOffset.UTC).plusDays(SecretExpiry.WARNING_DAYS));
        }
        return parameters(rows, query).setFirstResult(first).setMaxResults(max).getResultStream()
                .map(r -> new SyncListRow((Long) r[0], (Long) r[1], (String) r[2], (Boolean) r[3],
                        (DirectoryType) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                        (SslStatus) r[7], (String) r[8], (Instant) r[9], (LocalDate) r[10], (String) r[11],
                        (Instant) r[12], (Instant) r[13], List.of()))
                .toList();
    }

    @Override
    public long countRows(SyncListQuery query) {
        return parameters(em.createQuery("select count(c) from SyncConfiguration c join c.organization o"
                + where(query), Long.class), query).getSingleResult();
    }

    private static String where(SyncListQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.organizationName() != null) {
            conditions.add("lower(o.name) like :name escape '\\'");
        }
        if (query.directoryType() != null) {
            conditions.add("c.directoryType = :type");
        }
        if (query.enabled() != null) {
            conditions.add("c.enabled = :enabled");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> parameters(TypedQuery<T> jpql, SyncListQuery query) {
        if (query.organizationName() != null) {
            jpql.setParameter("name", "%" + query.organizationName().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.directoryType() != null) {
            jpql.setParameter("type", query.directoryType());
        }
        if (query.enabled() != null) {
            jpql.setParameter("enabled", query.enabled());
        }
        return jpql;
    }

    private static String orderBy(SyncListQuery query) {
        List<String> columns = switch (query.sort()) {
            case ORGANIZATION -> List.of("lower(o.name)");
            case ENABLED -> List.of("c.enabled");
            case DIRECTORY_TYPE -> List.of("c.directoryType");
            case SYNCED_USERS -> List.of("c.syncedUsers");
            case CONFLICTS -> List.of("c.conflicts");
            // the rows that need action together, the soonest to expire first
            case SSL_STATUS -> List.of(SSL_STATUS_RANK, "c.certificateExpiresAt", "c.azure.clientSecretExpiresOn");
            case LAST_SYNC -> List.of("lastSync");
            case NEXT_SYNC -> List.of("s.nextSyncAt");
            case BILLING_PRODUCT -> List.of("lower(b.name)");
        };
        // Rows without a value (never synced, no billing product) go last either way, on H2 as on PostgreSQL.
        String direction = (query.descending() ? " desc" : " asc") + " nulls last";
        return columns.stream().map(column -> column + direction).collect(Collectors.joining(", "));
    }

    private static String literal(Enum<?> value) {
        return value.getDeclaringClass().getName() + "." + value.name();
    }

    @Override
    public List<String> organizationsUsingBillingProduct(long billingProductId) {
        return em.createQuery("select c.organization.name from SyncConfiguration c "
                        + "where c.billingProduct.id = :product order by lower(c.organization.name)", String.class)
                .setParameter("product", billingProductId).getResultList();
    }

    @Override
    public List<OrganizationOption> organizationsWithoutSync() {
        return em.createQuery("select new org.adsync.sync.OrganizationOption(o.id, o.name) from Organization o "
                + "where o.active = true "
                + "and not exists (select c.id from SyncConfiguration c where c.organization = o) "
                + "order by lower(o.name)", OrganizationOption.class).getResultList();
    }

    @Override
    public void recordUserCounts(long configurationId, long syncedUsers, long conflicts) {
        em.createQuery("update SyncConfiguration c set c.syncedUsers = :synced, c.conflicts = :conflicts "
                        + "where c.id = :id")
                .setParameter("synced", (int) syncedUsers)
                .setParameter("conflicts", (int) conflicts)
                .setParameter("id", configurationId)
                .executeUpdate();
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
    public boolean recordDeltaLink(long configurationId, String deltaLink, long settingsVersion) {
        return em.createQuery("update SyncConfiguration c set c.deltaLink = :link "
                        + "where c.id = :id and c.version = :version")
                .setParameter("link", deltaLink)
                .setParameter("id", configurationId)
                .setParameter("version", settingsVersion)
                .executeUpdate() == 1;
    }

    @Override
    public void requireFullRead(long configurationId, String reason) {
        em.createQuery("update SyncConfiguration c set c.deltaLink = :position where c.id = :id")
                .setParameter("position", DeltaPosition.fullReadBecause(reason))
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
