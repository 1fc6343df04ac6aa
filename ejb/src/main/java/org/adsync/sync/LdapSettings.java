package org.adsync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.adsync.directory.ldap.LdapConnectionSettings;
import org.adsync.directory.ldap.LdapTransport;
import org.adsync.directory.tls.TrustedCertificates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to read an LDAP directory. Immutable: a change makes a new value, validated as a whole. The bind
 * password is held only encrypted, and {@link #toString()} leaves it out.
 */
@Embeddable
public class LdapSettings {

    public static final int DEFAULT_PAGE_SIZE = 500;
    /** Active Directory's MaxPageSize: larger pages are cut to this. */
    public static final int MAX_PAGE_SIZE = 1000;
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
    /** Active Directory ends a query after 120 s (MaxQueryDuration); a page should never take that long. */
    public static final int DEFAULT_RESPONSE_TIMEOUT_SECONDS = 120;

    @Column(name = "ldap_host", length = 255)
    private String host;

    @Column(name = "ldap_port")
    private Integer port;

    @Enumerated(EnumType.STRING)
    @Column(name = "ldap_transport", length = 16)
    private LdapTransport transport;

    @Column(name = "ldap_bind_dn", length = 1024)
    private String bindDn;

    @Column(name = "ldap_bind_password", length = 1024)
    private String encryptedBindPassword;

    @Column(name = "ldap_base_dn", length = 1024)
    private String baseDn;

    @Column(name = "ldap_filter", length = 4000)
    private String filter;

    @Column(name = "ldap_group_dn", length = 1024)
    private String groupDn;

    /** Users in scope this filter matches count as disabled, beside the server's own flag; null: none. */
    @Column(name = "ldap_disabled_filter", length = 4000)
    private String disabledFilter;

    @Column(name = "ldap_page_size")
    private Integer pageSize;

    @Column(name = "ldap_connect_timeout_s")
    private Integer connectTimeoutSeconds;

    @Column(name = "ldap_response_timeout_s")
    private Integer responseTimeoutSeconds;

    @Column(name = "ldap_trusted_certificates", length = 32000)
    private String trustedCertificatesPem;

    protected LdapSettings() {
        // for JPA
    }

    /** Settings from validated input, with the bind password as stored (encrypted). */
    public static LdapSettings of(LdapSettingsInput input, String encryptedBindPassword) {
        return new LdapSettings(input, encryptedBindPassword);
    }

    public LdapSettings(LdapSettingsInput input, String encryptedBindPassword) {
        this.host = input.host();
        this.transport = input.transport();
        this.port = input.port() == null ? input.transport().defaultPort() : input.port();
        this.bindDn = input.bindDn();
        this.encryptedBindPassword = Objects.requireNonNull(encryptedBindPassword, "encryptedBindPassword");
        this.baseDn = input.baseDn();
        this.filter = input.filter(); // null: the usual filter of the server's kind, found when it is read
        this.groupDn = input.groupDn();
        this.disabledFilter = input.disabledFilter();
        this.pageSize = input.pageSize() == null ? DEFAULT_PAGE_SIZE : input.pageSize();
        this.connectTimeoutSeconds = input.connectTimeoutSeconds() == null ? DEFAULT_CONNECT_TIMEOUT_SECONDS
                : input.connectTimeoutSeconds();
        this.responseTimeoutSeconds = input.responseTimeoutSeconds() == null ? DEFAULT_RESPONSE_TIMEOUT_SECONDS
                : input.responseTimeoutSeconds();
        this.trustedCertificatesPem = input.trustedCertificatesPem();
    }

    /**
     * Why a stored password may not be kept for these new settings, if it may not. It goes only to the server,
     * the account, over the transport and trusting the certificates it was entered for: a stored password must
     * never reach another server, travel in clear because the transport became PLAIN, or be handed to whoever
     * holds a certificate the caller just added.
     */
    public Optional<String> whyPasswordMustBeEnteredAgain(LdapSettingsInput input) {
        int newPort = input.port() == null ? input.transport().defaultPort() : input.port();
        if (host == null || !host.equalsIgnoreCase(input.host()) || port != newPort) {
            return Optional.of("the server changed");
        }
        if (!Objects.equals(bindDn, input.bindDn())) {
            return Optional.of("the bind user changed");
        }
        if (transport != input.transport()) {
            return Optional.of("the connection changed from " + transport.label() + " to "
                    + input.transport().label());
        }
        if (!TrustedCertificates.same(trustedCertificatesPem, input.trustedCertificatesPem())) {
            return Optional.of("the trusted certificates changed");
        }
        return Optional.empty();
    }

    /** The field message when a stored password may not be kept, with the reason. */
    public static String passwordNeeded(String why) {
        return "Enter the bind password again: " + why + ". A stored password goes only to the server, bind user, "
                + "connection type and trusted certificates it was entered for.";
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public LdapTransport transport() {
        return transport;
    }

    public String bindDn() {
        return bindDn;
    }

    public String encryptedBindPassword() {
        return encryptedBindPassword;
    }

    public String baseDn() {
        return baseDn;
    }

    /** The filter an admin set; null for the usual one of the server's kind (see the directory adapter). */
    public String filter() {
        return filter;
    }

    public String groupDn() {
        return groupDn;
    }

    /**
     * What of these settings, changed to the others, changes what the sync reads ("the bind user and the filter
     * changed since the last read"), if anything: then a read may not continue from the last one's position. Any
     * change of who reads (another bind user may see other entries, or fewer in one search), of where or of which
     * users does; timeouts, page size and the password do not.
     */
    public Optional<String> readChangedBy(LdapSettings other) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(host, other.host) || !Objects.equals(port, other.port)) {
            changed.add("server");
        }
        if (transport != other.transport) {
            changed.add("transport");
        }
        if (!Objects.equals(bindDn, other.bindDn)) {
            changed.add("bind user");
        }
        if (!Objects.equals(baseDn, other.baseDn)) {
            changed.add("base DN");
        }
        if (!Objects.equals(filter, other.filter)) {
            changed.add("filter");
        }
        if (!Objects.equals(groupDn, other.groupDn)) {
            changed.add("group");
        }
        if (!Objects.equals(disabledFilter, other.disabledFilter)) {
            changed.add("\"Disabled when\" filter");
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        String last = changed.remove(changed.size() - 1);
        return Optional.of("the " + (changed.isEmpty() ? last : String.join(", ", changed) + " and " + last)
                + " changed since the last read");
    }

    /** These settings as the LDAP adapter takes them, with the decrypted password (null to check syntax only). */
    public LdapConnectionSettings connection(char[] bindPassword) {
        return connection(bindPassword, null);
    }

    /** As {@link #connection(char[])}, for a read that may continue from where the last one ended. */
    public LdapConnectionSettings connection(char[] bindPassword, String deltaPosition) {
        return new LdapConnectionSettings(host, port, transport, bindDn, bindPassword, baseDn, filter, groupDn,
                disabledFilter, pageSize, connectTimeoutSeconds, responseTimeoutSeconds, trustedCertificatesPem,
                deltaPosition);
    }

    /** The sync's own "disabled when" filter, for servers with their own convention; null for none. */
    public String disabledFilter() {
        return disabledFilter;
    }

    public int pageSize() {
        return pageSize;
    }

    public int connectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    public int responseTimeoutSeconds() {
        return responseTimeoutSeconds;
    }

    public String trustedCertificatesPem() {
        return trustedCertificatesPem;
    }

    @Override
    public String toString() {
        return "LdapSettings[" + transport + "://" + host + ":" + port + ", bindDn=" + bindDn + ", baseDn=" + baseDn
                + ", filter=" + filter + ", groupDn=" + groupDn + ", disabledFilter=" + disabledFilter
                + ", bindPassword=(hidden)]";
    }
}
