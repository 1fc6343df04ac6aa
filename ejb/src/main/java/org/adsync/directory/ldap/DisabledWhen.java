package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import org.adsync.directory.DirectoryEntry;

import java.util.HashSet;
import java.util.Set;

/**
 * A sync's own "disabled when" filter, for servers with their own convention ({@code (employeeType=former)},
 * {@code (pwdAccountLockedTime=*)}, {@code (loginShell=/sbin/nologin)}): the users in scope it matches count as
 * disabled, beside the server kind's own flag. The server evaluates it, with its own matching rules and whatever
 * extensible matches it knows, in one search ahead of the read that asks for DNs only; matching on the client would
 * know neither.
 */
final class DisabledWhen {

    private static final DisabledWhen NONE = new DisabledWhen(Set.of());
    /** No attributes: only the DNs come back. */
    private static final String NO_ATTRIBUTES = "1.1";

    private final Set<String> disabledDns;

    private DisabledWhen(Set<String> disabledDns) {
        this.disabledDns = disabledDns;
    }

    static DisabledWhen none() {
        return NONE;
    }

    /** The DNs of the users in scope the filter matches; the filter null means none. */
    static DisabledWhen find(LDAPConnection connection, String baseDn, GroupScope scope, String disabledFilter,
                             int pageSize) throws LDAPException {
        if (disabledFilter == null) {
            return NONE;
        }
        Filter filter = Filter.createANDFilter(scope.filter(), Filter.create(disabledFilter));
        Set<String> dns = new HashSet<>();
        LdapPages.each(connection, new SearchRequest(baseDn, SearchScope.SUB, filter, NO_ATTRIBUTES), pageSize,
                entry -> dns.add(GroupScope.normalized(entry.getDN())));
        return new DisabledWhen(dns);
    }

    /** The entry as read, or as disabled when the filter matched it. */
    DirectoryEntry applyTo(DirectoryEntry entry) {
        return !disabledDns.isEmpty() && disabledDns.contains(GroupScope.normalized(entry.dn()))
                ? entry.asDisabled() : entry;
    }
}
