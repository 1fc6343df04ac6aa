package org.adsync.console.sync;

import org.adsync.directory.graph.AzureCloud;
import org.adsync.sync.AzureSettingsInput;
import org.adsync.sync.admin.SyncConfigurationView.AzureSettingsView;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The Setup tab's Entra ID inputs. Like the bind password, the client secret is never sent back to the browser:
 * blank keeps the one typed before in this page (for Test Connection, then Save) or the stored one.
 */
public class AzureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String tenantId;
    private String clientId;
    private String clientSecret;
    private LocalDate clientSecretExpiresOn;
    private String groupId;
    private AzureCloud cloud = AzureCloud.GLOBAL;
    private String loginHost;
    private String graphHost;
    private String trustedCertificatesPem;

    static AzureForm of(AzureSettingsView view) {
        AzureForm form = new AzureForm();
        if (view != null) {
            form.tenantId = view.tenantId();
            form.clientId = view.clientId();
            form.clientSecretExpiresOn = view.clientSecretExpiresOn();
            form.groupId = view.groupId();
            form.cloud = view.cloud();
            form.loginHost = view.cloud() == AzureCloud.CUSTOM ? view.loginHost() : null;
            form.graphHost = view.cloud() == AzureCloud.CUSTOM ? view.graphHost() : null;
            form.trustedCertificatesPem = view.trustedCertificatesPem();
        }
        return form;
    }

    AzureSettingsInput settings() {
        return new AzureSettingsInput.Builder().tenantId(tenantId).clientId(clientId).secret(clientSecret)
                .secretExpiresOn(clientSecretExpiresOn).groupId(groupId).cloud(cloud).loginHost(loginHost)
                .graphHost(graphHost).trustedCertificatesPem(trustedCertificatesPem).build();
    }

    void forgetSecret() {
        clientSecret = null;
    }

    public AzureCloud[] getClouds() {
        return AzureCloud.values();
    }

    public boolean isCustomCloud() {
        return cloud == AzureCloud.CUSTOM;
    }

    public String getTenantId() { return tenantId; }
    public void setTenantId(String value) { tenantId = value; }
    public String getClientId() { return clientId; }
    public void setClientId(String value) { clientId = value; }
    /** Never shown again. */
    public String getClientSecret() { return null; }
    /** Blank keeps what was typed earlier in this page or the stored one. */
    public void setClientSecret(String value) {
        if (value != null && !value.isEmpty()) {
            clientSecret = value;
        }
    }
    public boolean isSecretTyped() { return clientSecret != null; }
    public LocalDate getClientSecretExpiresOn() { return clientSecretExpiresOn; }
    public void setClientSecretExpiresOn(LocalDate value) { clientSecretExpiresOn = value; }
    public String getGroupId() { return groupId; }
    public void setGroupId(String value) { groupId = value; }
    public AzureCloud getCloud() { return cloud; }
    public void setCloud(AzureCloud value) { cloud = value; }
    public String getLoginHost() { return loginHost; }
    public void setLoginHost(String value) { loginHost = value; }
    public String getGraphHost() { return graphHost; }
    public void setGraphHost(String value) { graphHost = value; }
    public String getTrustedCertificatesPem() { return trustedCertificatesPem; }
    public void setTrustedCertificatesPem(String value) { trustedCertificatesPem = value; }
}
