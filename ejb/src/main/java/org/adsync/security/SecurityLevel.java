package org.adsync.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.adsync.platform.DisplayNames;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A named set of permissions that console users are given (for example "Administrator", "Technician"). */
@Entity
@Table(name = "security_level")
public class SecurityLevel {

    @Id
    @SequenceGenerator(name = "security_level_seq", sequenceName = "security_level_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_level_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    /** The same for look-alike names (case, compatibility forms): unique, see {@link DisplayNames#key}. */
    @Column(name = "name_key", length = 400)
    private String nameKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "security_level_permission", joinColumns = @JoinColumn(name = "security_level_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "permission", length = 64)
    private Set<Permission> permissions = new HashSet<>();

    /** Kept by adsync at every start and never deleted. */
    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Version
    private long version;

    protected SecurityLevel() {
        // for JPA
    }

    public SecurityLevel(String name, Set<Permission> permissions) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A security level needs a name");
        }
        this.name = DisplayNames.normalized(name);
        this.nameKey = DisplayNames.key(this.name);
        grantOnly(permissions);
    }

    public void grantOnly(Set<Permission> newPermissions) {
        permissions.clear();
        permissions.addAll(Objects.requireNonNull(newPermissions, "newPermissions"));
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A security level needs a name");
        }
        this.name = DisplayNames.normalized(newName);
        this.nameKey = DisplayNames.key(this.name);
    }

    public void markBuiltIn() {
        this.builtIn = true;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Permission> getPermissions() {
        return permissions.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(permissions));
    }
}
