package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import org.adsync.directory.CertificateObservation;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.ConnectionTestReport.Step;
import org.adsync.directory.DirectoryException;
import org.adsync.directory.Warnings;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Test Connection for LDAP: TCP, TLS, bind, the users in scope; each step says what it found or why it failed. */
final class LdapConnectionCheck {

    private static final int HINT_LIMIT = 1000;

    private final LdapConnectionSettings source;
    private final LdapConnectionSettings settings;
    private final List<Step> steps = new ArrayList<>();
    private CertificateObservation certificate;

    LdapConnectionCheck(LdapConnectionSettings source) {
        this.source = source;
        this.settings = source;
    }

    ConnectionTestReport run() {
        if (tcp()) {
            try (LdapSession session = tls()) {
                if (session != null && bind(session)) {
                    usersInScope(session);
                }
            }
        }
        return new ConnectionTestReport(List.copyOf(steps), certificate);
    }

    private boolean tcp() {
        String where = settings.host() + ":" + settings.port();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()),
                    settings.connectTimeoutSeconds() * 1000);
            steps.add(new Step("Connect", true, "Reached " + where + " ("
                    + socket.getInetAddress().getHostAddress() + ")"));
            return true;
        } catch (IOException e) {
            steps.add(new Step("Connect", false, LdapFailures.explain(e, settings, null, "connecting").getMessage()));
            return false;
        }
    }

    private LdapSession tls() {
        String name = settings.transport() == LdapTransport.PLAIN ? "Encryption" : "TLS (" + settings.transport() + ")";
        try {
            LdapSession session = LdapConnector.connect(settings);
            certificate = session.certificate();
            steps.add(new Step(name, settings.transport() != LdapTransport.PLAIN, certificate.detail()));
            return session;
        } catch (DirectoryException e) {
            certificate = e.certificate().orElse(null);
            steps.add(new Step(name, false, e.getMessage()));
            return null;
        }
    }

    private boolean bind(LdapSession session) {
        try {
            LdapConnector.bind(session, settings, source.bindPassword());
            steps.add(new Step("Bind", true, "Signed in as " + settings.bindDn()));
            return true;
        } catch (DirectoryException e) {
            steps.add(new Step("Bind", false, e.getMessage()));
            return false;
        }
    }

    /**
     * OpenLDAP's password policy locks an account after failed passwords; such a lock does not count as disabled
     * (the person has not left), which an admin should know when the count of disabled users looks low.
     */
    private String lockedHint(PagedUserSearch search, ServerKind kind) throws LDAPException {
        if (kind != ServerKind.GENERIC_LDAP || settings.disabledFilter() != null) {
            return "";
        }
        int locked = search.count(ServerKind.LOCKED_AFTER_FAILED_PASSWORDS);
        return locked == 0 ? "" : ". " + (locked == 1 ? "1 of them is" : locked + " of them are")
                + " locked after failed passwords (password policy), which does not count as disabled: set Disabled "
                + "when to (pwdAccountLockedTime=*) to count every lock";
    }

    /**
     * When a filter set by hand finds no one, how many entries under the base DN the usual filter of this server's
     * kind finds: a filter for Active Directory finds nobody on OpenLDAP.
     */
    private String usualFilterHint(LdapSession session, ServerKind kind) {
        String usual = kind.usualFilter();
        if (settings.filter() == null || settings.filter().equals(usual)) {
            return "";
        }
        int found;
        try {
            SearchRequest request = new SearchRequest(settings.baseDn(), SearchScope.SUB, usual, "1.1");
            request.setSizeLimit(HINT_LIMIT + 1);
            found = session.connection().search(request).getEntryCount();
        } catch (LDAPSearchException e) {
            found = e.getEntryCount(); // the size limit: more than enough to tell
        } catch (LDAPException e) {
            return "";
        }
        if (found == 0) {
            return "";
        }
        return " With the filter " + usual + ", usual on this " + (kind == ServerKind.ACTIVE_DIRECTORY
                ? "Active Directory" : "LDAP server") + ", " + (found > HINT_LIMIT ? "more than " + HINT_LIMIT
                : String.valueOf(found)) + " entries under the base DN match: leave the filter empty to use it.";
    }

    /** What the syncs after the first will read, so that an admin knows before the first sync what to expect. */
    private static String laterReads(RootDSE root, ServerKind kind) {
        if (kind == ServerKind.ACTIVE_DIRECTORY) {
            return "Later syncs read only what changed (the domain controller's update sequence numbers).";
        }
        return ContentSyncRead.offeredBy(root)
                ? "Later syncs read only what changed (RFC 4533 content synchronization)."
                : "Every sync reads every user: the server offers no content synchronization (RFC 4533; on OpenLDAP "
                + "the syncprov overlay adds it).";
    }

    private void usersInScope(LdapSession session) {
        try {
            RootDSE root = session.connection().getRootDSE();
            ServerKind kind = ServerKind.of(root);
            Warnings warnings = new Warnings();
            int[] enabled = {0};
            int[] disabled = {0};
            PagedUserSearch search = LdapDirectoryReader.userSearch(session, settings, kind);
            PagedUserSearch.Outcome outcome = search.run(page -> page.forEach(entry -> {
                        if (entry.disabled()) {
                            disabled[0]++;
                        } else {
                            enabled[0]++;
                        }
                    }), warnings);
            String server = kind == ServerKind.ACTIVE_DIRECTORY ? "Active Directory" : "LDAP server";
            String found = outcome.read() + " users in scope (" + enabled[0] + " enabled, " + disabled[0]
                    + " disabled) on this " + server
                    + (settings.groupDn() == null ? ""
                            : ", members of " + settings.groupDn() + " and its nested groups")
                    + lockedHint(search, kind);
            boolean ok = outcome.complete() && outcome.read() > 0;
            String detail = outcome.read() == 0
                    ? "No users match the base DN, filter and group: a sync would find no one."
                            + usualFilterHint(session, kind)
                    : found + ". " + laterReads(root, kind)
                            + (warnings.count() == 0 ? "" : " " + String.join(" ", warnings.asList()));
            steps.add(new Step("Users in scope", ok, detail));
        } catch (LDAPException e) {
            steps.add(new Step("Users in scope", false,
                    LdapFailures.explain(e, settings, null, "counting the users").getMessage()));
        }
    }
}
