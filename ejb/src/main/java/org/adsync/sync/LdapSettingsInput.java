package org.adsync.sync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.adsync.directory.ldap.LdapTransport;

import static org.adsync.sync.ConstraintProblems.SUBMITTED;


/**
 * LDAP settings as an admin (or the API) enters them. A null password keeps the stored one, where that is allowed.
 * Its constraints say what a field must be; the LDAP syntax of the filters and DNs is the adapter's to check.
 */
public record LdapSettingsInput(
        @NotNull(message = "Enter the directory server's host name or IP address")
        @Pattern(regexp = "[A-Za-z0-9.\\-:\\[\\]]{1,255}", message = SUBMITTED + " is not a host name or IP address")
        String host,
        @Min(value = 1, message = PORT) @Max(value = 65535, message = PORT)
        Integer port,
        LdapTransport transport,
        @NotNull(message = "Enter the bind user (a DN, or user@domain for Active Directory); a normal user account "
                + "is enough")
        String bindDn,
        char[] bindPassword,
        @NotNull(message = "Enter the base DN to search, for example DC=contoso,DC=com")
        String baseDn,
        String filter,
        String groupDn,
        String disabledFilter,
        @Min(value = 1, message = PAGE_SIZE) @Max(value = LdapSettings.MAX_PAGE_SIZE, message = PAGE_SIZE)
        Integer pageSize,
        @Min(value = 1, message = CONNECT_TIMEOUT) @Max(value = 300, message = CONNECT_TIMEOUT)
        Integer connectTimeoutSeconds,
        @Min(value = 1, message = RESPONSE_TIMEOUT) @Max(value = 3600, message = RESPONSE_TIMEOUT)
        Integer responseTimeoutSeconds,
        String trustedCertificatesPem) {

    private static final String PORT = "The port must be between 1 and 65535";
    private static final String PAGE_SIZE = "The page size must be between 1 and " + LdapSettings.MAX_PAGE_SIZE
            + " (Active Directory returns at most 1000 entries per page)";
    private static final String CONNECT_TIMEOUT = "The connect timeout must be 1 to 300 seconds";
    private static final String RESPONSE_TIMEOUT = "The response timeout must be 1 to 3600 seconds";

    public LdapSettingsInput {
        host = trimmed(host);
        transport = transport == null ? LdapTransport.LDAPS : transport;
        bindDn = trimmed(bindDn);
        baseDn = trimmed(baseDn);
        filter = trimmed(filter);
        groupDn = trimmed(groupDn);
        disabledFilter = trimmed(disabledFilter);
        trustedCertificatesPem = trimmed(trustedCertificatesPem);
        bindPassword = bindPassword == null || bindPassword.length == 0 ? null : bindPassword;
    }

    public boolean hasPassword() {
        return bindPassword != null;
    }

    /** Builds input field by field, for the console's form and for tests. */
    public static final class Builder {
        private String host;
        private Integer port;
        private LdapTransport transport;
        private String bindDn;
        private char[] bindPassword;
        private String baseDn;
        private String filter;
        private String groupDn;
        private String disabledFilter;
        private Integer pageSize;
        private Integer connectTimeoutSeconds;
        private Integer responseTimeoutSeconds;
        private String trustedCertificatesPem;

        public Builder host(String value) { host = value; return this; }
        public Builder port(Integer value) { port = value; return this; }
        public Builder transport(LdapTransport value) { transport = value; return this; }
        public Builder bindDn(String value) { bindDn = value; return this; }
        public Builder password(String value) {
            bindPassword = value == null ? null : value.toCharArray();
            return this;
        }
        public Builder baseDn(String value) { baseDn = value; return this; }
        public Builder filter(String value) { filter = value; return this; }
        public Builder groupDn(String value) { groupDn = value; return this; }
        public Builder disabledFilter(String value) { disabledFilter = value; return this; }
        public Builder pageSize(Integer value) { pageSize = value; return this; }
        public Builder connectTimeoutSeconds(Integer value) { connectTimeoutSeconds = value; return this; }
        public Builder responseTimeoutSeconds(Integer value) { responseTimeoutSeconds = value; return this; }
        public Builder trustedCertificatesPem(String value) { trustedCertificatesPem = value; return this; }

        public LdapSettingsInput build() {
            return new LdapSettingsInput(host, port, transport, bindDn, bindPassword, baseDn, filter, groupDn,
                    disabledFilter, pageSize, connectTimeoutSeconds, responseTimeoutSeconds, trustedCertificatesPem);
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "LdapSettingsInput[" + transport + "://" + host + ":" + port + ", bindDn=" + bindDn + ", baseDn="
                + baseDn + ", filter=" + filter + ", groupDn=" + groupDn + ", disabledFilter=" + disabledFilter
                + ", bindPassword="
                + (bindPassword == null ? "(none)" : "(given)") + "]";
    }
}
