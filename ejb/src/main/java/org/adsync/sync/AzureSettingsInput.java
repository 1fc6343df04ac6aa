package org.adsync.sync;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.adsync.directory.graph.AzureCloud;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.adsync.sync.ConstraintProblems.SUBMITTED;

/**
 * Entra ID settings as an admin (or the API) enters them. A null secret keeps the stored one, where that is
 * allowed. Its constraints say what a field must be, before anything is saved or sent.
 */
public record AzureSettingsInput(
        @NotNull(message = "Enter the tenant ID (Entra admin center > Overview), or a verified domain such as "
                + "contoso.onmicrosoft.com")
        @Pattern(regexp = "(?:" + GUID + ")|(?:" + DOMAIN + ")",
                message = SUBMITTED + " is neither a tenant ID (a GUID) nor a domain name")
        String tenantId,
        @NotNull(message = "Enter the application (client) ID of the app registration")
        @Pattern(regexp = GUID, message = "The application (client) ID is a GUID such as "
                + "11111111-2222-3333-4444-555555555555; " + SUBMITTED + " is not one")
        String clientId,
        char[] clientSecret,
        LocalDate clientSecretExpiresOn,
        @Pattern(regexp = GUID, message = "Enter the group's object ID (a GUID), not its name: " + SUBMITTED
                + " is not one")
        String groupId,
        AzureCloud cloud,
        // a listed cloud gives its own hosts: only the custom cloud's can be missing or malformed
        @NotNull(message = "Enter the sign-in host for the cloud 'Other hosts'")
        @Pattern(regexp = HOST_AND_PORT, message = SUBMITTED + HOST_AND_PORT_EXPECTED)
        String loginHost,
        @NotNull(message = "Enter the Microsoft Graph host for the cloud 'Other hosts'")
        @Pattern(regexp = HOST_AND_PORT, message = SUBMITTED + HOST_AND_PORT_EXPECTED)
        String graphHost,
        String trustedCertificatesPem) {

    /** The names its field problems use, as the Setup tab's inputs and the API's {@code azure} object do. */
    public static final Set<String> FIELDS = Set.of("tenantId", "clientId", "clientSecret", "clientSecretExpiresOn",
            "groupId", "cloud", "loginHost", "graphHost", "trustedCertificatesPem");

    private static final String GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** A verified domain such as contoso.onmicrosoft.com also names a tenant. */
    private static final String DOMAIN = "(?=.{4,253}$)([A-Za-z0-9-]{1,63}\\.)+[A-Za-z]{2,63}";
    private static final String HOST_AND_PORT = "[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?";
    private static final String HOST_AND_PORT_EXPECTED = " is not a host name with an optional :port (https is always "
            + "used)";

    public AzureSettingsInput {
        tenantId = trimmed(tenantId);
        clientId = trimmed(clientId);
        groupId = trimmed(groupId);
        cloud = cloud == null ? AzureCloud.GLOBAL : cloud;
        loginHost = cloud == AzureCloud.CUSTOM ? host(loginHost) : cloud.loginHost();
        graphHost = cloud == AzureCloud.CUSTOM ? host(graphHost) : cloud.graphHost();
        trustedCertificatesPem = trimmed(trustedCertificatesPem);
        clientSecret = clientSecret == null || clientSecret.length == 0 ? null : clientSecret;
    }

    public boolean hasSecret() {
        return clientSecret != null;
    }

    /** Hosts are entered without a scheme; one pasted with https:// or a path is taken for its host and port. */
    private static String host(String value) {
        String host = trimmed(value);
        if (host == null) {
            return null;
        }
        host = host.replaceFirst("(?i)^https://", "");
        int slash = host.indexOf('/');
        return (slash >= 0 ? host.substring(0, slash) : host).toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Builds input field by field, for the console's form and for tests. */
    public static final class Builder {
        private String tenantId;
        private String clientId;
        private char[] clientSecret;
        private LocalDate clientSecretExpiresOn;
        private String groupId;
        private AzureCloud cloud;
        private String loginHost;
        private String graphHost;
        private String trustedCertificatesPem;

        public Builder tenantId(String value) { tenantId = value; return this; }
        public Builder clientId(String value) { clientId = value; return this; }
        public Builder secret(String value) { clientSecret = value == null ? null : value.toCharArray(); return this; }
        public Builder secretExpiresOn(LocalDate value) { clientSecretExpiresOn = value; return this; }
        public Builder groupId(String value) { groupId = value; return this; }
        public Builder cloud(AzureCloud value) { cloud = value; return this; }
        public Builder loginHost(String value) { loginHost = value; return this; }
        public Builder graphHost(String value) { graphHost = value; return this; }
        public Builder trustedCertificatesPem(String value) { trustedCertificatesPem = value; return this; }

        public AzureSettingsInput build() {
            return new AzureSettingsInput(tenantId, clientId, clientSecret, clientSecretExpiresOn, groupId, cloud,
                    loginHost, graphHost, trustedCertificatesPem);
        }
    }

    @Override
    public String toString() {
        return "AzureSettingsInput[tenant=" + tenantId + ", client=" + clientId + ", group=" + groupId + ", cloud="
                + cloud + ", clientSecret=" + (clientSecret == null ? "(none)" : "(given)") + "]";
    }
}
