package org.adsync.console.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.adsync.console.Notices;
import org.adsync.directory.graph.AzureCloud;
import org.adsync.platform.RequestRefusedException;
import org.adsync.security.admin.ConsoleUserView;
import org.adsync.security.admin.InvalidSecurityRequestException;
import org.adsync.security.admin.SecurityLevelAdministration;
import org.adsync.security.admin.SecurityLevelView;
import org.adsync.security.admin.UserAdministration;
import org.adsync.security.sso.SsoAdministration;
import org.adsync.security.sso.SsoPreset;
import org.adsync.security.sso.SsoSettings;
import org.adsync.security.sso.SsoSettingsView;
import org.adsync.web.signin.SingleSignOnFlow;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Admin › Security › Single sign-on: the OpenID Connect provider console users sign in with, the security level
 * each group or role gives, and whether local sign-in stays open to everyone or only to break-glass accounts. The
 * client secret is write-only: the page says whether one is stored and never shows it.
 */
@Named
@ViewScoped
public class SingleSignOnSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SsoAdministration administration;

    @Inject
    SecurityLevelAdministration levels;

    @Inject
    UserAdministration users;

    @Inject
    ExternalContext externalContext;

    private SsoPreset preset;
    private String displayName;
    private String issuer;
    private String entraTenantId;
    private AzureCloud entraCloud;
    private String clientId;
    private String clientSecret;
    private String scopes;
    private String usernameClaims;
    private String groupsClaim;
    private boolean enabled;
    private boolean localSignInForAll;
    private List<String> breakGlassUsers = new ArrayList<>();
    private List<MappingRow> mappings = new ArrayList<>();
    private boolean configured;
    private boolean clientSecretStored;
    private List<String> levelNames;
    private List<String> localUsers;

    /** A row of the mapping table: a group or role value and the level it gives. */
    public static final class MappingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String claimValue;
        private String securityLevel;

        public MappingRow() {
        }

        MappingRow(String claimValue, String securityLevel) {
            this.claimValue = claimValue;
            this.securityLevel = securityLevel;
        }

        public String getClaimValue() {
            return claimValue;
        }

        public void setClaimValue(String claimValue) {
            this.claimValue = claimValue;
        }

        public String getSecurityLevel() {
            return securityLevel;
        }

        public void setSecurityLevel(String securityLevel) {
            this.securityLevel = securityLevel;
        }
    }

    @PostConstruct
    void load() {
        show(administration.settings());
        levelNames = levels.levels().stream().map(SecurityLevelView::name).toList();
        localUsers = users.users().stream().filter(user -> !user.signsInThroughProvider())
                .map(ConsoleUserView::username).toList();
    }

    /** A new preset fills in its scopes and claims (and, for Entra ID, the global cloud). */
    public void presetChanged() {
        SsoSettings start = SsoSettings.startingWith(preset);
        displayName = start.displayName();
        scopes = start.scopes();
        usernameClaims = String.join(", ", start.usernameClaims());
        groupsClaim = start.groupsClaim();
        entraCloud = start.entraCloud();
    }

    public void addMapping() {
        mappings.add(new MappingRow(null, levelNames.isEmpty() ? null : levelNames.get(0)));
    }

    public void removeMapping(MappingRow row) {
        mappings.remove(row);
    }

    public void save() {
        try {
            SsoSettings settings = new SsoSettings(preset, displayName, issuer, clientId, scopes,
                    Arrays.stream(usernameClaims == null ? new String[0] : usernameClaims.split(","))
                            .map(String::strip).toList(),
                    groupsClaim, entraTenantId, entraCloud, enabled, localSignInForAll,
                    mappings.stream().map(row -> new SsoSettings.LevelMapping(row.claimValue, row.securityLevel))
                            .toList(), breakGlassUsers);
            show(administration.save(settings, clientSecret == null ? null : clientSecret.toCharArray()));
            Notices.info("Single sign-on saved", enabled ? "Users can sign in with " + displayName + "."
                    : "Single sign-on is switched off.");
        } catch (InvalidSecurityRequestException refused) {
            Notices.refused("ssoForm:" + refused.field(), refused.getMessage());
        } catch (RequestRefusedException refused) {
            Notices.refused(null, refused.getMessage());
        } finally {
            clientSecret = null;
        }
    }

    public void remove() {
        if (Notices.attempt(administration::remove, "Single sign-on removed", "Users sign in with their adsync "
                + "password again; those created through the provider cannot sign in until it is set up again.")) {
            show(administration.settings());
        }
    }

    private void show(SsoSettingsView view) {
        SsoSettings settings = view.settings();
        preset = settings.preset();
        displayName = settings.displayName();
        issuer = settings.preset() == SsoPreset.ENTRA_ID && settings.entraCloud() != AzureCloud.CUSTOM
                ? null : settings.issuer();
        entraTenantId = settings.entraTenantId();
        entraCloud = settings.entraCloud();
        clientId = settings.clientId();
        scopes = settings.scopes();
        usernameClaims = String.join(", ", settings.usernameClaims());
        groupsClaim = settings.groupsClaim();
        enabled = settings.enabled();
        localSignInForAll = settings.localSignInForAll();
        breakGlassUsers = new ArrayList<>(settings.breakGlassUsers());
        mappings = new ArrayList<>(settings.levelMappings().stream()
                .map(mapping -> new MappingRow(mapping.claimValue(), mapping.securityLevel())).toList());
        configured = view.configured();
        clientSecretStored = view.clientSecretStored();
    }

    /** The redirect URI to register with the provider. */
    public String getRedirectUri() {
        return SingleSignOnFlow.callbackUri((HttpServletRequest) externalContext.getRequest()).toString();
    }

    /** Where the provider sends the browser back after signing out (register it as a post-logout redirect URI). */
    public String getSignedOutUri() {
        return SingleSignOnFlow.applicationUrl((HttpServletRequest) externalContext.getRequest()) + "/";
    }

    public SsoPreset[] getPresets() {
        return SsoPreset.values();
    }

    public AzureCloud[] getClouds() {
        return AzureCloud.values();
    }

    public boolean isEntraId() {
        return preset == SsoPreset.ENTRA_ID;
    }

    public boolean isIssuerEntered() {
        return preset != SsoPreset.ENTRA_ID || entraCloud == AzureCloud.CUSTOM;
    }

    public List<String> getLevelNames() {
        return levelNames;
    }

    public List<String> getLocalUsers() {
        return localUsers;
    }

    public boolean isConfigured() {
        return configured;
    }

    public boolean isClientSecretStored() {
        return clientSecretStored;
    }

    public List<MappingRow> getMappings() {
        return mappings;
    }

    public SsoPreset getPreset() {
        return preset;
    }

    public void setPreset(SsoPreset preset) {
        this.preset = preset;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getEntraTenantId() {
        return entraTenantId;
    }

    public void setEntraTenantId(String entraTenantId) {
        this.entraTenantId = entraTenantId;
    }

    public AzureCloud getEntraCloud() {
        return entraCloud;
    }

    public void setEntraCloud(AzureCloud entraCloud) {
        this.entraCloud = entraCloud;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return null; // write-only
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret == null || clientSecret.isEmpty() ? null : clientSecret;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public String getUsernameClaims() {
        return usernameClaims;
    }

    public void setUsernameClaims(String usernameClaims) {
        this.usernameClaims = usernameClaims;
    }

    public String getGroupsClaim() {
        return groupsClaim;
    }

    public void setGroupsClaim(String groupsClaim) {
        this.groupsClaim = groupsClaim;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isLocalSignInForAll() {
        return localSignInForAll;
    }

    public void setLocalSignInForAll(boolean localSignInForAll) {
        this.localSignInForAll = localSignInForAll;
    }

    public List<String> getBreakGlassUsers() {
        return breakGlassUsers;
    }

    public void setBreakGlassUsers(List<String> breakGlassUsers) {
        this.breakGlassUsers = breakGlassUsers == null ? new ArrayList<>() : new ArrayList<>(breakGlassUsers);
    }
}
