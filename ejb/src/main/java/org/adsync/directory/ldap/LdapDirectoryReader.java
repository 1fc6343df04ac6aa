package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RootDSE;
import jakarta.enterprise.context.ApplicationScoped;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DirectoryException;
import org.adsync.directory.DirectoryReader;
import org.adsync.directory.FieldProblem;
import org.adsync.directory.PageHandler;
import org.adsync.directory.ReadResult;
import org.adsync.directory.Warnings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Active Directory (only what changed since the last read where it can: {@link ActiveDirectoryRead}), servers
 * that offer RFC 4533 content synchronization such as OpenLDAP with syncprov (likewise: {@link ContentSyncRead}), and
 * other LDAP servers (every user in scope, each time).
 */
@ApplicationScoped
public class LdapDirectoryReader implements DirectoryReader<LdapConnectionSettings> {

    /** System property: days after which a read of only the changes is replaced by a full one (default 7). */
    static final String FULL_READ_DAYS_PROPERTY = "adsync.sync.full-read-days";
    private static final int DEFAULT_FULL_READ_DAYS = 7;

    @Override
    public Class<LdapConnectionSettings> sourceType() {
        return LdapConnectionSettings.class;
    }

    @Override
    public ReadResult readUsers(LdapConnectionSettings source, PageHandler handler) throws DirectoryException {
        LdapConnectionSettings settings = source;
        try (LdapSession session = LdapConnector.open(source)) {
            RootDSE root = session.connection().getRootDSE(); // one round trip: the kind and, on AD, the USN
            ServerKind kind = ServerKind.of(root);
            if (kind == ServerKind.ACTIVE_DIRECTORY) {
                return new ActiveDirectoryRead(session, settings, root).run(handler);
            }
            if (ContentSyncRead.offeredBy(root)) {
                return new ContentSyncRead(session, settings).run(handler);
            }
            Warnings warnings = new Warnings();
            PagedUserSearch.Outcome outcome = userSearch(session, settings, kind).run(handler, warnings);
            return new ReadResult(outcome.read(), outcome.complete(), warnings.asList(), session.certificate());
        } catch (LDAPException e) {
            throw LdapFailures.explain(e, settings, null, "reading the users");
        }
    }

    @Override
    public ConnectionTestReport testConnection(LdapConnectionSettings source) {
        return new LdapConnectionCheck(source).run();
    }

    @Override
    public List<FieldProblem> checkSyntax(LdapConnectionSettings source) {
        LdapConnectionSettings settings = source;
        List<FieldProblem> problems = new ArrayList<>();
        filterProblem("filter", "The LDAP filter", settings.filter()).ifPresent(problems::add);
        filterProblem("disabledFilter", "The \"disabled when\" filter", settings.disabledFilter())
                .ifPresent(problems::add);
        if (!DN.isValidDN(settings.baseDn())) {
            problems.add(new FieldProblem("baseDn", FieldProblem.quoted(settings.baseDn()) + " is not a valid DN "
                    + "(for example DC=contoso,DC=com)"));
        }
        if (settings.groupDn() != null && !DN.isValidDN(settings.groupDn())) {
            problems.add(new FieldProblem("groupDn", FieldProblem.quoted(settings.groupDn()) + " is not a valid DN "
                    + "(for example CN=Staff,OU=Groups,DC=contoso,DC=com)"));
        }
        String bindUser = settings.bindDn();
        boolean userAtDomain = bindUser.matches("[^@\\s]+@[^@\\s]+");
        boolean domainBackslashUser = bindUser.matches("[^\\\\\\s]+\\\\[^\\\\]+");
        if (!DN.isValidDN(bindUser) && !userAtDomain && !domainBackslashUser) {
            problems.add(new FieldProblem("bindDn", FieldProblem.quoted(bindUser)
                    + " is neither a DN, user@domain nor DOMAIN\\user"));
        }
        return problems;
    }

    private static Optional<FieldProblem> filterProblem(String field, String what, String filter) {
        if (filter == null) {
            return Optional.empty();
        }
        try {
            Filter.create(filter);
            return Optional.empty();
        } catch (LDAPException e) {
            // the parser's message repeats the whole filter, which may be thousands of characters
            String why = e.getMessage().length() <= 300 ? e.getMessage() : e.getMessage().substring(0, 300) + "…";
            return Optional.of(new FieldProblem(field, what + " is not valid: " + why));
        }
    }

    /** How old the last full read may be before a read of only the changes is replaced by a full one. */
    static Duration maxFullReadAge() {
        return Duration.ofDays(Math.max(0, Integer.getInteger(FULL_READ_DAYS_PROPERTY, DEFAULT_FULL_READ_DAYS)));
    }

    /** The filter an admin set, or the usual one of the server's kind. */
    static String filterOf(LdapConnectionSettings settings, ServerKind kind) {
        return settings.filter() != null ? settings.filter() : kind.usualFilter();
    }

    /** The read of the users in scope, the DNs the sync's "disabled when" filter matches found first. */
    static PagedUserSearch userSearch(LdapSession session, LdapConnectionSettings settings, ServerKind kind)
            throws LDAPException {
        GroupScope scope = scope(session, settings, kind);
        DisabledWhen disabledWhen = DisabledWhen.find(session.connection(), settings.baseDn(), scope,
                settings.disabledFilter(), settings.pageSize());
        return new PagedUserSearch(session.connection(), settings.baseDn(), scope, disabledWhen, kind,
                settings.pageSize());
    }

    private static GroupScope scope(LdapSession session, LdapConnectionSettings settings, ServerKind kind)
            throws LDAPException {
        Filter userFilter = Filter.create(filterOf(settings, kind));
        return settings.groupDn() == null ? GroupScope.none(userFilter)
                : GroupScope.of(kind, session.connection(), settings.baseDn(), settings.groupDn(), userFilter);
    }
}
