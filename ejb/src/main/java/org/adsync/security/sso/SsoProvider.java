package org.adsync.security.sso;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.adsync.directory.graph.AzureCloud;
import org.adsync.security.SecurityLevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The installation's OpenID Connect provider, through which console users sign in. There is at most one: the row
 * with id {@value #ID}. The client secret is stored encrypted and never leaves the business tier.
 */
@Entity
@Table(name = "sso_provider")
public class SsoProvider {

    static final long ID = 1;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SsoPreset preset;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(nullable = false, length = 1024)
    private String issuer;

    @Column(name = "client_id", nullable = false, length = 255)
    private String clientId;

    @Column(name = "client_secret", nullable = false, length = 1024)
    private String encryptedClientSecret;

    @Column(nullable = false, length = 500)
    private String scopes;

    @Column(name = "username_claims", nullable = false, length = 200)
    private String usernameClaims;

    @Column(name = "groups_claim", nullable = false, length = 200)
    private String groupsClaim;

    @Column(name = "entra_tenant_id", length = 255)
    private String entraTenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entra_cloud", length = 16)
    private AzureCloud entraCloud;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "local_sign_in_for_all", nullable = false)
    private boolean localSignInForAll;

    @OneToMany(mappedBy = "provider", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<SsoLevelMapping> levelMappings = new ArrayList<>();

    @Version
    private long version;

    protected SsoProvider() {
        // for JPA
    }

    SsoProvider(SsoSettings settings, String encryptedClientSecret, List<Mapped> mappings) {
        this.id = ID;
        change(settings, encryptedClientSecret, mappings);
    }

    /** A security level resolved for a mapping of the settings. */
    record Mapped(String claimValue, SecurityLevel level) {
    }

    /** Takes the settings as they are; {@code encryptedClientSecret} null keeps the stored one. */
    void change(SsoSettings settings, String newEncryptedClientSecret, List<Mapped> mappings) {
        preset = settings.preset();
        displayName = settings.displayName();
        issuer = settings.issuer();
        clientId = settings.clientId();
        if (newEncryptedClientSecret != null) {
            encryptedClientSecret = newEncryptedClientSecret;
        }
        scopes = settings.scopes();
        usernameClaims = String.join(",", settings.usernameClaims());
        groupsClaim = settings.groupsClaim();
        entraTenantId = settings.entraTenantId();
        entraCloud = settings.entraCloud();
        enabled = settings.enabled();
        localSignInForAll = settings.localSignInForAll();
        levelMappings.clear();
        for (Mapped mapped : mappings) {
            levelMappings.add(new SsoLevelMapping(this, levelMappings.size(), mapped.claimValue(), mapped.level()));
        }
    }

    /**
     * Removes every mapping, before new ones are added: the removal must reach the database first, since a value
     * kept from before would otherwise be inserted again while its old row is still there.
     */
    void forgetMappings() {
        levelMappings.clear();
    }

    /** The first mapping, in the administrator's order, whose value the user's claims carry. */
    Optional<SecurityLevel> levelFor(Collection<String> claimValues) {
        return levelMappings.stream().filter(mapping -> claimValues.contains(mapping.getClaimValue()))
                .map(SsoLevelMapping::getSecurityLevel).findFirst();
    }

    /** The settings, with the break-glass accounts as the console users say. */
    SsoSettings settings(List<String> breakGlassUsers) {
        return new SsoSettings(preset, displayName, issuer, clientId, scopes,
                Arrays.stream(usernameClaims.split(",")).map(String::strip).filter(claim -> !claim.isEmpty())
                        .toList(),
                groupsClaim, entraTenantId, entraCloud, enabled, localSignInForAll,
                levelMappings.stream().map(mapping -> new SsoSettings.LevelMapping(mapping.getClaimValue(),
                        mapping.getSecurityLevel().getName())).toList(), breakGlassUsers);
    }

    String encryptedClientSecret() {
        return encryptedClientSecret;
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return clientId;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isLocalSignInForAll() {
        return localSignInForAll;
    }
}
