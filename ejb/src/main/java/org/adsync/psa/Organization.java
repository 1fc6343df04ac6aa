package org.adsync.psa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.adsync.platform.DisplayNames;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A customer company of the MSP. Each may be connected to one directory by an AD Sync configuration. */
@Entity
@Table(name = "organization")
public class Organization {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EXTERNAL_ID_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** The same for look-alike names (case, compatibility forms): unique, see {@link DisplayNames#key}. */
    @Column(name = "name_key", length = 400)
    private String nameKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The organization's key in another system (a CRM's), as an import or a script gave it. */
    @Column(name = "external_id", length = MAX_EXTERNAL_ID_LENGTH)
    private String externalId;

    /** A deactivated organization stays, with its contacts, for the records that name it; it is offered nowhere. */
    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Organization() {
        // for JPA
    }

    public Organization(String name, Instant createdAt) {
        rename(name);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.active = true;
    }

    public final void rename(String newName) {
        this.name = Text.required(newName == null ? null : DisplayNames.normalized(newName), "Organization name",
                MAX_NAME_LENGTH);
        this.nameKey = DisplayNames.key(name);
    }

    public void identifyAs(String newExternalId) {
        this.externalId = Text.optional(newExternalId, "External id", MAX_EXTERNAL_ID_LENGTH);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<String> getExternalId() {
        return Optional.ofNullable(externalId);
    }

    public boolean isActive() {
        return active;
    }
}
