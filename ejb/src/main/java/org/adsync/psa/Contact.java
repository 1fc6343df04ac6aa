package org.adsync.psa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person at a customer organization. Contacts are never deleted by a sync: a user who leaves the directory
 * makes the contact inactive, and a returning user re-activates it.
 */
@Entity
@Table(name = "contact")
public class Contact {

    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_PHONE_LENGTH = 64;
    public static final int MAX_TITLE_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @Embedded
    private PersonName name;

    @Column(length = MAX_EMAIL_LENGTH)
    private String email;

    @Column(name = "email_key", length = MAX_EMAIL_LENGTH)
    private String emailKey;

    @Column(name = "name_key", length = 320)
    private String nameKey;

    @Column(length = MAX_PHONE_LENGTH)
    private String phone;

    @Column(name = "mobile_phone", length = MAX_PHONE_LENGTH)
    private String mobilePhone;

    @Column(length = MAX_TITLE_LENGTH)
    private String title;

    @Column(nullable = false)
    private boolean active;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "billing_product_id")
    private ContactBillingProduct billingProduct;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Contact() {
        // for JPA
    }

    public Contact(Organization organization, PersonName name, ContactBillingProduct billingProduct, Instant now) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.name = Objects.requireNonNull(name, "name");
        this.nameKey = NameKey.of(name);
        this.billingProduct = billingProduct;
        this.active = true;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    public void rename(PersonName newName, Instant now) {
        this.name = Objects.requireNonNull(newName, "newName");
        this.nameKey = NameKey.of(newName);
        touch(now);
    }

    public void changeEmail(String newEmail, Instant now) {
        this.email = Text.optional(newEmail, "Email", MAX_EMAIL_LENGTH);
        this.emailKey = Text.emailKey(this.email);
        touch(now);
    }

    public void changePhones(String newPhone, String newMobilePhone, Instant now) {
        this.phone = Text.optional(newPhone, "Phone", MAX_PHONE_LENGTH);
        this.mobilePhone = Text.optional(newMobilePhone, "Mobile phone", MAX_PHONE_LENGTH);
        touch(now);
    }

    public void changeTitle(String newTitle, Instant now) {
        this.title = Text.optional(newTitle, "Title", MAX_TITLE_LENGTH);
        touch(now);
    }

    public void deactivate(Instant now) {
        if (active) {
            active = false;
            touch(now);
        }
    }

    public void reactivate(Instant now) {
        if (!active) {
            active = true;
            touch(now);
        }
    }

    private void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public PersonName getName() {
        return name;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public Optional<String> getPhone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> getMobilePhone() {
        return Optional.ofNullable(mobilePhone);
    }

    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    /** The email folded to lower case, as matching compares it. */
    public Optional<String> getEmailKey() {
        return Optional.ofNullable(emailKey);
    }

    /** The name as matching compares it (see {@link NameKey}). */
    public Optional<String> getNameKey() {
        return Optional.ofNullable(nameKey);
    }

    public boolean isActive() {
        return active;
    }

    public Optional<ContactBillingProduct> getBillingProduct() {
        return Optional.ofNullable(billingProduct);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
