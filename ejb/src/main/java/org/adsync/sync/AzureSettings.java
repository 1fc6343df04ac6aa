package org.adsync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.adsync.directory.graph.AzureCloud;
import org.adsync.directory.graph.GraphTenant;
import org.adsync.directory.tls.TrustedCertificates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to read an Entra ID tenant through Microsoft Graph. Immutable: a change makes a new value. The
 * client secret is held only encrypted, and {@link #toString()} leaves it out.
 */
@Embeddable
public class AzureSettings {

    @Column(name = "azure_tenant_id", length = 255)
    private String tenantId;

    @Column(name = "azure_client_id", length = 36)
    private String clientId;

    @Column(name = "azure_client_secret", length = 1024)
    private String encryptedClientSecret;

    @Column(name = "azure_secret_expires_on")
    private LocalDate clientSecretExpiresOn;

    @Column(name = "azure_group_id", length = 36)
    private String groupId;

    @Enumerated(EnumType.STRING)
    @Column(name = "azure_cloud", length = 16)
    private AzureCloud cloud;

    @Column(name = "azure_login_host", length = 260)
    private String loginHost;

    @Column(name = "azure_graph_host", length = 260)
    private String graphHost;

    @Column(name = "azure_trusted_certificates", length = 32000)
    private String trustedCertificatesPem;

    protected AzureSettings() {
        // for JPA
    }

    /** Settings from validated input, with the client secret as stored (encrypted). */
    public static AzureSettings of(AzureSettingsInput input, String encryptedClientSecret) {
        AzureSettings settings = new AzureSettings();
        settings.tenantId = input.tenantId();
        settings.clientId = input.clientId();
        settings.encryptedClientSecret = Objects.requireNonNull(encryptedClientSecret, "encryptedClientSecret");
        settings.clientSecretExpiresOn = input.clientSecretExpiresOn();
        settings.groupId = input.groupId();
        settings.cloud = input.cloud();
        settings.loginHost = input.loginHost();
        settings.graphHost = input.graphHost();
        settings.trustedCertificatesPem = input.trustedCertificatesPem();
        return settings;
    }

    /**
     * Why a stored secret may not be kept for these new settings, if it may not: it goes only to the same
     * application in the same tenant, at the same hosts, trusting the same certificates, so that it is never sent
     * anywhere else nor handed to whoever holds a certificate the caller just added.
     */
    public Optional<String> whySecretMustBeEnteredAgain(AzureSettingsInput input) {
        if (!tenantId.equalsIgnoreCase(input.tenantId())) {
            return Optional.of("the tenant changed");
        }
        if (!clientId.equalsIgnoreCase(input.clientId())) {
            return Optional.of("the application changed");
        }
        if (!loginHost.equals(input.loginHost()) || !graphHost.equals(input.graphHost())) {
            return Optional.of("the cloud or its hosts changed");
        }
        if (!TrustedCertificates.same(trustedCertificatesPem, input.trustedCertificatesPem())) {
            return Optional.of("the trusted certificates changed");
        }
        return Optional.empty();
    }

    /** The field message when a stored secret may not be kept, with the reason. */
    public static String secretNeeded(String why) {
        return "Enter the client secret again: " + why + ". A stored secret goes only to the tenant, application, "
                + "hosts and trusted certificates it was entered for.";
    }

    /** Whether these settings read the same users as the input, so that changes since the last read still apply. */
    boolean sameScope(AzureSettingsInput input) {
        return tenantId.equalsIgnoreCase(input.tenantId()) && clientId.equalsIgnoreCase(input.clientId())
                && loginHost.equals(input.loginHost()) && graphHost.equals(input.graphHost())
                && Objects.equals(groupId, input.groupId());
    }

    /** These settings as the Graph adapter takes them: the decrypted secret, and where the last read ended. */
    public GraphTenant tenant(char[] clientSecret, String deltaLink) {
        return new GraphTenant(tenantId, clientId, clientSecret, groupId, cloud, loginHost, graphHost,
                trustedCertificatesPem, deltaLink);
    }

    public String tenantId() {
        return tenantId;
    }

    public String clientId() {
        return clientId;
    }

    public String encryptedClientSecret() {
        return encryptedClientSecret;
    }

    public LocalDate clientSecretExpiresOn() {
        return clientSecretExpiresOn;
    }

    public String groupId() {
        return groupId;
    }

    public AzureCloud cloud() {
        return cloud;
    }

    public String loginHost() {
        return loginHost;
    }

    public String graphHost() {
        return graphHost;
    }

    public String trustedCertificatesPem() {
        return trustedCertificatesPem;
    }

    @Override
    public String toString() {
        return "AzureSettings[tenant=" + tenantId + ", client=" + clientId + ", group=" + groupId + ", login="
                + loginHost + ", graph=" + graphHost + ", clientSecret=(hidden)]";
    }
}
