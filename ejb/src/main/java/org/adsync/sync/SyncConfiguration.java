package org.adsync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.SslStatus;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.psa.ContactBillingProduct;
import org.adsync.psa.Organization;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** An organization's AD Sync: at most one per organization (the unique constraint enforces it). */
@Entity
@Table(name = "sync_configuration")
public class SyncConfiguration {

    private static final int MAX_SSL_DETAIL_LENGTH = 2000;
    private static final int MAX_SCOPE_CHANGE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "sync_configuration_seq", sequenceName = "sync_configuration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_configuration_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false, unique = true)
    private Organization organization;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "directory_type", nullable = false, length = 16)
    private DirectoryType directoryType;

    @Embedded
    private LdapSettings ldap;

    @Embedded
    private AzureSettings azure;

    /**
     * Where the next read may continue from (see {@link org.adsync.directory.DeltaPosition}). Kept by bulk updates
     * only ({@link SyncConfigurationRepository#recordDeltaLink}), like the counts below.
     */
    @Column(name = "delta_position", insertable = false, updatable = false)
    private String deltaLink;

    /** Comma-separated {@link ContactField} names. */
    @Column(name = "synced_fields", nullable = false, length = 200)
    private String syncedFields;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "billing_product_id")
    private ContactBillingProduct billingProduct;

    @Enumerated(EnumType.STRING)
    @Column(name = "ssl_status", nullable = false, length = 32)
    private SslStatus sslStatus;

    @Column(name = "ssl_detail", length = MAX_SSL_DETAIL_LENGTH)
    private String sslDetail;

    @Column(name = "ssl_checked_at")
    private Instant sslCheckedAt;

    @Column(name = "certificate_expires_at")
    private Instant certificateExpiresAt;

    @Column(name = "sync_interval_s", nullable = false)
    private int syncIntervalSeconds = (int) SyncInterval.DEFAULT.toSeconds();

    @Embedded
    private DeactivationLimit deactivationLimit = DeactivationLimit.DEFAULT;

    /** The last change of the settings that decide who is in scope, in words, and when it was saved. */
    @Column(name = "scope_change", length = MAX_SCOPE_CHANGE_LENGTH)
    private String scopeChange;

    @Column(name = "scope_changed_at")
    private Instant scopeChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Kept by bulk updates only ({@link DirectoryUserTotals}): a flush of a stale entity must not overwrite them. */
    @Column(name = "synced_users", insertable = false, updatable = false)
    private int syncedUsers;

    @Column(name = "conflicts", insertable = false, updatable = false)
    private int conflicts;

    @Version
    private long version;

    protected SyncConfiguration() {
        // for JPA
    }

    /** A new LDAP sync; the password must be given (encrypted) since there is none stored yet. */
    public static SyncConfiguration ldap(Organization organization, LdapSettingsInput settings,
                                         String encryptedBindPassword, Instant now) {
        SyncConfiguration configuration = new SyncConfiguration();
        configuration.organization = Objects.requireNonNull(organization, "organization");
        configuration.directoryType = DirectoryType.LDAP;
        configuration.ldap = new LdapSettings(settings, encryptedBindPassword);
        configuration.syncedFields = names(ContactField.all());
        configuration.sslStatus = settings.transport() == LdapTransport.PLAIN ? SslStatus.NOT_ENCRYPTED
                : SslStatus.UNKNOWN;
        configuration.createdAt = now;
        configuration.updatedAt = now;
        return configuration;
    }

    /**
     * New LDAP settings. Without a new password the stored one is kept, but only for the same server, bind user,
     * transport and trusted certificates: otherwise the password must be entered again.
     */
    public void changeLdapSettings(LdapSettingsInput settings, String newEncryptedPassword, Instant now) {
        Optional<String> serverChanged = ldap == null ? Optional.of("no password is stored")
                : ldap.whyPasswordMustBeEnteredAgain(settings);
        String password = newEncryptedPassword;
        if (password == null) {
            if (serverChanged.isPresent()) {
                throw new IllegalArgumentException(LdapSettings.passwordNeeded(serverChanged.get()));
            }
            password = ldap.encryptedBindPassword();
        }
        ScopeChanges.between(ldap, settings).ifPresent(change -> scopeChanged(change, now));
        this.directoryType = DirectoryType.LDAP;
        this.ldap = new LdapSettings(settings, password);
        this.azure = null;
        if (serverChanged.isPresent()) {
            recordCertificate(settings.transport() == LdapTransport.PLAIN ? SslStatus.NOT_ENCRYPTED
                    : SslStatus.UNKNOWN, null, null, null);
        }
        this.updatedAt = now;
    }

    /** A new Entra ID sync; the client secret must be given (encrypted) since there is none stored yet. */
    public static SyncConfiguration azure(Organization organization, AzureSettingsInput settings,
                                          String encryptedClientSecret, Instant now) {
        SyncConfiguration configuration = new SyncConfiguration();
        configuration.organization = Objects.requireNonNull(organization, "organization");
        configuration.directoryType = DirectoryType.AZURE;
        configuration.azure = AzureSettings.of(settings, encryptedClientSecret);
        configuration.syncedFields = names(ContactField.all());
        // Graph is always HTTPS to Microsoft: there is no directory certificate for an admin to look after
        configuration.sslStatus = SslStatus.NOT_APPLICABLE;
        configuration.createdAt = now;
        configuration.updatedAt = now;
        return configuration;
    }

    /**
     * New Entra ID settings. Without a new secret the stored one is kept, but only for the same application in the
     * same tenant and cloud, trusting the same certificates. Answers whether the users in scope may differ, so
     * that changes since the last read no longer describe them.
     */
    public boolean changeAzureSettings(AzureSettingsInput settings, String newEncryptedSecret, Instant now) {
        String secret = newEncryptedSecret;
        if (secret == null) {
            Optional<String> secretNeeded = azure == null ? Optional.of("no client secret is stored")
                    : azure.whySecretMustBeEnteredAgain(settings);
            if (secretNeeded.isPresent()) {
                throw new IllegalArgumentException(AzureSettings.secretNeeded(secretNeeded.get()));
            }
            secret = azure.encryptedClientSecret();
        }
        boolean scopeChanged = azure == null || !azure.sameScope(settings);
        ScopeChanges.between(azure, settings).ifPresent(change -> scopeChanged(change, now));
        this.directoryType = DirectoryType.AZURE;
        this.azure = AzureSettings.of(settings, secret);
        this.ldap = null;
        recordCertificate(SslStatus.NOT_APPLICABLE, null, null, null);
        this.updatedAt = now;
        return scopeChanged;
    }

    private void scopeChanged(String change, Instant now) {
        this.scopeChange = change.length() <= MAX_SCOPE_CHANGE_LENGTH ? change
                : change.substring(0, MAX_SCOPE_CHANGE_LENGTH);
        this.scopeChangedAt = now;
    }

    /** What last changed who is in scope, and when; empty if nothing did since the sync was added. */
    public Optional<ScopeChange> getScopeChange() {
        return scopeChangedAt == null ? Optional.empty() : Optional.of(new ScopeChange(scopeChange, scopeChangedAt));
    }

    /** A change of the settings that decide who is in scope: what, in words, and when it was saved. */
    public record ScopeChange(String description, Instant at) {
    }

    public void enable(Instant now) {
        this.enabled = true;
        this.updatedAt = now;
    }

    public void disable(Instant now) {
        this.enabled = false;
        this.updatedAt = now;
    }

    /** The time from one sync's start to the next one's; {@link SyncInterval} checks it first. */
    public void syncEvery(Duration interval, Instant now) {
        this.syncIntervalSeconds = Math.toIntExact(interval.toSeconds());
        this.updatedAt = now;
    }

    /** How many contacts one sync may deactivate before it is held; {@link DeactivationLimit} checks it first. */
    public void limitDeactivations(DeactivationLimit limit, Instant now) {
        this.deactivationLimit = Objects.requireNonNull(limit, "limit");
        this.updatedAt = now;
    }

    public DeactivationLimit getDeactivationLimit() {
        return deactivationLimit;
    }

    public Duration getInterval() {
        return Duration.ofSeconds(syncIntervalSeconds);
    }

    public void syncFields(Set<ContactField> fields, Instant now) {
        this.syncedFields = names(fields);
        this.updatedAt = now;
    }

    public void applyBillingProductToNewContacts(ContactBillingProduct product, Instant now) {
        this.billingProduct = product;
        this.updatedAt = now;
    }

    /** What the certificate at the last connection showed. */
    public void recordCertificate(SslStatus status, String detail, Instant expiresAt, Instant checkedAt) {
        this.sslStatus = Objects.requireNonNull(status, "status");
        this.sslDetail = fittingSslDetail(detail);
        this.certificateExpiresAt = expiresAt;
        this.sslCheckedAt = checkedAt;
    }

    /** The certificate's description as far as its column holds it. */
    public static String fittingSslDetail(String detail) {
        return detail == null || detail.length() <= MAX_SSL_DETAIL_LENGTH ? detail
                : detail.substring(0, MAX_SSL_DETAIL_LENGTH);
    }

    public Set<ContactField> getSyncedFields() {
        if (syncedFields == null || syncedFields.isBlank()) {
            return EnumSet.noneOf(ContactField.class);
        }
        return Arrays.stream(syncedFields.split(",")).map(ContactField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContactField.class)));
    }

    private static String names(Set<ContactField> fields) {
        return fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public DirectoryType getDirectoryType() {
        return directoryType;
    }

    public Optional<LdapSettings> getLdap() {
        return Optional.ofNullable(ldap);
    }

    public Optional<AzureSettings> getAzure() {
        return Optional.ofNullable(azure);
    }

    /** Where the last successful Entra ID read ended; absent before the first, or after the scope changed. */
    public Optional<String> getDeltaLink() {
        return Optional.ofNullable(deltaLink);
    }

    public Optional<ContactBillingProduct> getBillingProduct() {
        return Optional.ofNullable(billingProduct);
    }

    public int getSyncedUsers() {
        return syncedUsers;
    }

    public int getConflicts() {
        return conflicts;
    }

    public SslStatus getSslStatus() {
        return sslStatus;
    }

    public Optional<String> getSslDetail() {
        return Optional.ofNullable(sslDetail);
    }

    public Optional<Instant> getCertificateExpiresAt() {
        return Optional.ofNullable(certificateExpiresAt);
    }

    /** Changes with every save of the settings (not with what syncs record), for telling stale reads apart. */
    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
