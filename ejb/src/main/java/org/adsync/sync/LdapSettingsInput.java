package org.adsync.sync;

import org.adsync.directory.FieldProblem;
import org.adsync.directory.ldap.LdapTransport;

import java.util.ArrayList;
import java.util.List;

/**
 * LDAP settings as an admin (or the API) enters them. A null password keeps the stored one, where that is allowed;
 * {@link #problems()} lists what is wrong, field by field, before anything is saved.
 */
public record LdapSettingsInput(String host, Integer port, LdapTransport transport, String bindDn,
                                char[] bindPassword, String baseDn, String filter, String groupDn,
                                String disabledFilter, Integer pageSize,
                                Integer connectTimeoutSeconds, Integer responseTimeoutSeconds,
                                String trustedCertificatesPem) {

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

    /** Field problems as "field: message"; the LDAP syntax of the filter and DNs is checked by the adapter. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (host == null) {
            problems.add(new FieldProblem("host", "Enter the directory server's host name or IP address"));
        } else if (!host.matches("[A-Za-z0-9.\\-:\\[\\]]{1,255}")) {
            problems.add(new FieldProblem("host", FieldProblem.quoted(host) + " is not a host name or IP address"));
        }
        if (port != null && (port < 1 || port > 65535)) {
            problems.add(new FieldProblem("port", "The port must be between 1 and 65535"));
        }
        if (bindDn == null) {
            problems.add(new FieldProblem("bindDn",
                    "Enter the bind user (a DN, or user@domain for Active Directory); a normal user account is "
                            + "enough"));
        }
        if (baseDn == null) {
            problems.add(new FieldProblem("baseDn", "Enter the base DN to search, for example DC=contoso,DC=com"));
        }
        if (pageSize != null && (pageSize < 1 || pageSize > LdapSettings.MAX_PAGE_SIZE)) {
            problems.add(new FieldProblem("pageSize", "The page size must be between 1 and "
                    + LdapSettings.MAX_PAGE_SIZE + " (Active Directory returns at most 1000 entries per page)"));
        }
        if (connectTimeoutSeconds != null && (connectTimeoutSeconds < 1 || connectTimeoutSeconds > 300)) {
            problems.add(new FieldProblem("connectTimeoutSeconds", "The connect timeout must be 1 to 300 seconds"));
        }
        if (responseTimeoutSeconds != null && (responseTimeoutSeconds < 1 || responseTimeoutSeconds > 3600)) {
            problems.add(new FieldProblem("responseTimeoutSeconds", "The response timeout must be 1 to 3600 seconds"));
        }
        return problems;
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
