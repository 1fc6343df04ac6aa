package org.adsync.api.sync;

/**
 * Entra ID settings as the API takes them, inside an AD Sync or alone for Test Connection. {@code cloud} is GLOBAL
 * (the default), US_GOVERNMENT, CHINA or CUSTOM with {@code loginHost} and {@code graphHost};
 * {@code clientSecretExpiresOn} is an ISO date (2027-05-31). The client secret is taken, never returned.
 */
public record AzureInput(String tenantId, String clientId, String clientSecret, String clientSecretExpiresOn,
                         String groupId, String cloud, String loginHost, String graphHost,
                         String trustedCertificatesPem) {

    @Override
    public String toString() {
        return "AzureInput[tenant=" + tenantId + ", client=" + clientId + ", group=" + groupId + ", cloud=" + cloud
                + ", clientSecret=" + (clientSecret == null ? "(none)" : "(given)") + "]";
    }
}
