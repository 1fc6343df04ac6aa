package org.adsync.security.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.adsync.security.SecurityLevel;

import java.util.Objects;

/** A group or role value of the provider's claims and the security level it gives. */
@Entity
@Table(name = "sso_level_mapping")
public class SsoLevelMapping {

    static final int MAX_VALUE_LENGTH = 256;

    @Id
    @SequenceGenerator(name = "sso_level_mapping_seq", sequenceName = "sso_level_mapping_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sso_level_mapping_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private SsoProvider provider;

    @Column(nullable = false)
    private int position;

    @Column(name = "claim_value", nullable = false, length = MAX_VALUE_LENGTH)
    private String claimValue;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "security_level_id")
    private SecurityLevel securityLevel;

    protected SsoLevelMapping() {
        // for JPA
    }

    SsoLevelMapping(SsoProvider provider, int position, String claimValue, SecurityLevel securityLevel) {
        this.provider = provider;
        this.position = position;
        this.claimValue = Objects.requireNonNull(claimValue, "claimValue");
        this.securityLevel = Objects.requireNonNull(securityLevel, "securityLevel");
    }

    public int getPosition() {
        return position;
    }

    public String getClaimValue() {
        return claimValue;
    }

    public SecurityLevel getSecurityLevel() {
        return securityLevel;
    }
}
