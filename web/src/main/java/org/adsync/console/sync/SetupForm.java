package org.adsync.console.sync;

import org.adsync.directory.DirectoryType;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.sync.ContactField;
import org.adsync.sync.DeactivationLimit;
import org.adsync.sync.LdapSettingsInput;
import org.adsync.sync.admin.AzureSyncRequest;
import org.adsync.sync.admin.LdapSyncRequest;
import org.adsync.sync.admin.SyncConfigurationView;
import org.adsync.sync.admin.SyncConfigurationView.LdapSettingsView;
import org.adsync.sync.admin.SyncRequest;

import java.io.Serializable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the Setup tab's inputs hold. The bind password is never sent back to the browser: the field is always
 * blank, and blank keeps the password typed before in this page (for Test Connection, then Save) or the stored one.
 */
public class SetupForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long organizationId;
    private boolean enabled = true;
    private DirectoryType directoryType = DirectoryType.LDAP;
    private String host;
    private Integer port;
    private LdapTransport transport = LdapTransport.LDAPS;
    private String bindDn;
    private String bindPassword;
    private String baseDn;
    private String filter;
    private String groupDn;
    private String disabledFilter;
    private Integer pageSize;
    private Integer connectTimeoutSeconds;
    private Integer responseTimeoutSeconds;
    private String trustedCertificatesPem;
    private AzureForm azure = new AzureForm();
    private ContactField[] fields = ContactField.values();
    private Long billingProductId;
    private Duration interval = Duration.ofHours(24);
    private DeactivationLimit.Kind limitKind = DeactivationLimit.Kind.DEFAULT;
    private Integer limitValue;

    static SetupForm of(SyncConfigurationView view) {
        SetupForm form = new SetupForm();
        form.organizationId = view.organizationId();
        form.enabled = view.enabled();
        form.directoryType = view.directoryType();
        LdapSettingsView ldap = view.ldap();
        if (ldap != null) {
            form.host = ldap.host();
            form.port = ldap.port();
            form.transport = ldap.transport();
            form.bindDn = ldap.bindDn();
            form.baseDn = ldap.baseDn();
            form.filter = ldap.filter();
            form.groupDn = ldap.groupDn();
            form.disabledFilter = ldap.disabledFilter();
            form.pageSize = ldap.pageSize();
            form.connectTimeoutSeconds = ldap.connectTimeoutSeconds();
            form.responseTimeoutSeconds = ldap.responseTimeoutSeconds();
            form.trustedCertificatesPem = ldap.trustedCertificatesPem();
        }
        form.azure = AzureForm.of(view.azure());
        form.fields = view.fields().toArray(ContactField[]::new);
        form.billingProductId = view.billingProductId();
        form.interval = view.interval();
        form.limitKind = view.deactivationLimit().kind();
        form.limitValue = view.deactivationLimit().value();
        return form;
    }

    LdapSettingsInput ldapSettings() {
        return new LdapSettingsInput.Builder().host(host).port(port).transport(transport).bindDn(bindDn)
                .password(bindPassword).baseDn(baseDn).filter(filter).groupDn(groupDn)
                .disabledFilter(disabledFilter).pageSize(pageSize)
                .connectTimeoutSeconds(connectTimeoutSeconds).responseTimeoutSeconds(responseTimeoutSeconds)
                .trustedCertificatesPem(trustedCertificatesPem).build();
    }

    SyncRequest request() {
        long organization = organizationId == null ? 0 : organizationId;
        Set<ContactField> chosen = fields.length == 0 ? EnumSet.noneOf(ContactField.class)
                : EnumSet.copyOf(List.of(fields));
        DeactivationLimit limit = new DeactivationLimit(limitKind == null ? DeactivationLimit.Kind.DEFAULT : limitKind,
                limitValue);
        return directoryType == DirectoryType.AZURE
                ? new AzureSyncRequest(organization, enabled, azure.settings(), chosen, billingProductId, interval,
                limit)
                : new LdapSyncRequest(organization, enabled, ldapSettings(), chosen, billingProductId, interval, limit);
    }

    /** Once saved, the typed password or secret is not kept in the view state longer than needed. */
    void forgetPassword() {
        bindPassword = null;
        azure.forgetSecret();
    }

    public AzureForm getAzure() { return azure; }
    public DeactivationLimit.Kind getLimitKind() { return limitKind; }
    public void setLimitKind(DeactivationLimit.Kind value) { limitKind = value; }
    public Integer getLimitValue() { return limitValue; }
    public void setLimitValue(Integer value) { limitValue = value; }

    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long value) { organizationId = value; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean value) { enabled = value; }
    public DirectoryType getDirectoryType() { return directoryType; }
    public void setDirectoryType(DirectoryType value) { directoryType = value; }
    public String getHost() { return host; }
    public void setHost(String value) { host = value; }
    public Integer getPort() { return port; }
    public void setPort(Integer value) { port = value; }
    public LdapTransport getTransport() { return transport; }
    public void setTransport(LdapTransport value) { transport = value; }
    public String getBindDn() { return bindDn; }
    public void setBindDn(String value) { bindDn = value; }
    public String getBindPassword() { return null; }
    /** Blank keeps what was typed earlier in this page (the field is never filled in again) or the stored one. */
    public void setBindPassword(String value) {
        if (value != null && !value.isEmpty()) {
            bindPassword = value;
        }
    }

    public boolean isPasswordTyped() { return bindPassword != null; }
    public String getBaseDn() { return baseDn; }
    public void setBaseDn(String value) { baseDn = value; }
    public String getFilter() { return filter; }
    public String getDisabledFilter() { return disabledFilter; }
    public void setDisabledFilter(String value) { disabledFilter = value; }
    public void setFilter(String value) { filter = value; }
    public String getGroupDn() { return groupDn; }
    public void setGroupDn(String value) { groupDn = value; }
    public Integer getPageSize() { return pageSize; }
    public void setPageSize(Integer value) { pageSize = value; }
    public Integer getConnectTimeoutSeconds() { return connectTimeoutSeconds; }
    public void setConnectTimeoutSeconds(Integer value) { connectTimeoutSeconds = value; }
    public Integer getResponseTimeoutSeconds() { return responseTimeoutSeconds; }
    public void setResponseTimeoutSeconds(Integer value) { responseTimeoutSeconds = value; }
    public String getTrustedCertificatesPem() { return trustedCertificatesPem; }
    public void setTrustedCertificatesPem(String value) { trustedCertificatesPem = value; }
    public ContactField[] getFields() { return fields.clone(); }
    public void setFields(ContactField[] value) { fields = value == null ? new ContactField[0] : value.clone(); }
    public Long getBillingProductId() { return billingProductId; }
    public void setBillingProductId(Long value) { billingProductId = value; }
    public Duration getInterval() { return interval; }
    public void setInterval(Duration value) { interval = value; }
}
