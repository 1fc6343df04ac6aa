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

/**
 * What the MSP bills per contact. AD Sync gives new contacts the billing product of the organization's
 * configuration, and never changes the billing product of a contact that exists.
 */
@Entity
@Table(name = "contact_billing_product")
public class ContactBillingProduct {

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "contact_billing_product_seq", sequenceName = "contact_billing_product_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_billing_product_seq")
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** The same for look-alike names (case, compatibility forms): unique, see {@link DisplayNames#key}. */
    @Column(name = "name_key", length = 400)
    private String nameKey;

    @Column(nullable = false)
    private boolean active;

    /** The product a new AD Sync offers first; at most one is. */
    @Column(name = "default_for_new_syncs", nullable = false)
    private boolean defaultForNewSyncs;

    @Version
    private long version;

    protected ContactBillingProduct() {
        // for JPA
    }

    public ContactBillingProduct(String name) {
        rename(name);
        this.active = true;
    }

    public final void rename(String newName) {
        this.name = Text.required(newName == null ? null : DisplayNames.normalized(newName), "Billing product name",
                MAX_NAME_LENGTH);
        this.nameKey = DisplayNames.key(name);
    }

    /** No longer offered to syncs; the contacts that have it keep it. A default product stops being the default. */
    public void deactivate() {
        this.active = false;
        this.defaultForNewSyncs = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Whether new syncs offer it first; only an active product can be. */
    public void offerFirst(boolean first) {
        if (first && !active) {
            throw new IllegalStateException("A deactivated billing product cannot be the default");
        }
        this.defaultForNewSyncs = first;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDefaultForNewSyncs() {
        return defaultForNewSyncs;
    }
}
