package org.adsync.demo.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes UnboundID's in-memory server answer like an Active Directory domain controller where adsync can tell the
 * difference: the root DSE announces the Active Directory capability, a search returns at most 1000 entries
 * unless paged, AD's attributes are accepted without a schema, (objectCategory=person) means the Person class's
 * category as on a domain controller, and the in-chain matching rule
 * (memberOf:1.2.840.113556.1.4.1941:=group) finds members of nested groups, from the users' memberOf values.
 * Used by the demo directory and by the tests.
 */
public final class ActiveDirectoryLookAlike extends InMemoryOperationInterceptor {

    public static final int MAX_ENTRIES_PER_SEARCH = 1000;
    private static final String IN_CHAIN = "1.2.840.113556.1.4.1941";

    private final String baseDn;
    private volatile InMemoryDirectoryServer server;

    private ActiveDirectoryLookAlike(String baseDn) {
        this.baseDn = baseDn;
    }

    /** A server configuration for that base DN, with the look-alike's rules; listeners are the caller's. */
    public static InMemoryDirectoryServerConfig configure(InMemoryDirectoryServerConfig config, String baseDn) {
        ActiveDirectoryLookAlike lookAlike = new ActiveDirectoryLookAlike(baseDn);
        config.setSchema(null);
        config.setMaxSizeLimit(MAX_ENTRIES_PER_SEARCH);
        config.setCustomRootDSEAttributes(List.of(
                new Attribute("supportedCapabilities", "1.2.840.113556.1.4.800", "1.2.840.113556.1.4.1670"),
                new Attribute("defaultNamingContext", baseDn)));
        config.addInMemoryOperationInterceptor(lookAlike);
        return config;
    }

    /** Connects the look-alike to its server, which it searches to resolve nested groups. */
    public static void attach(InMemoryDirectoryServer server, InMemoryDirectoryServerConfig config) {
        for (InMemoryOperationInterceptor interceptor : config.getOperationInterceptors()) {
            if (interceptor instanceof ActiveDirectoryLookAlike lookAlike) {
                lookAlike.server = server;
            }
        }
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
        Filter filter = request.getRequest().getFilter();
        Filter rewritten = rewrite(filter);
        if (rewritten != filter) {
            SearchRequest changed = request.getRequest().duplicate();
            changed.setFilter(rewritten);
            request.setRequest(changed);
        }
    }

    private Filter rewrite(Filter filter) throws LDAPException {
        switch (filter.getFilterType()) {
            case Filter.FILTER_TYPE_AND, Filter.FILTER_TYPE_OR -> {
                List<Filter> parts = new ArrayList<>();
                boolean changed = false;
                for (Filter part : filter.getComponents()) {
                    Filter rewritten = rewrite(part);
                    changed |= rewritten != part;
                    parts.add(rewritten);
                }
                if (!changed) {
                    return filter;
                }
                return filter.getFilterType() == Filter.FILTER_TYPE_AND ? Filter.createANDFilter(parts)
                        : Filter.createORFilter(parts);
            }
            case Filter.FILTER_TYPE_NOT -> {
                Filter inner = rewrite(filter.getNOTComponent());
                return inner == filter.getNOTComponent() ? filter : Filter.createNOTFilter(inner);
            }
            case Filter.FILTER_TYPE_EQUALITY -> {
                // AD reads (objectCategory=person) as the class's default category, a DN in the schema container.
                String value = filter.getAssertionValue();
                if ("objectCategory".equalsIgnoreCase(filter.getAttributeName()) && !value.contains("=")) {
                    return Filter.createEqualityFilter("objectCategory",
                            "CN=" + value + ",CN=Schema,CN=Configuration," + baseDn);
                }
                return filter;
            }
            case Filter.FILTER_TYPE_EXTENSIBLE_MATCH -> {
                if (IN_CHAIN.equals(filter.getMatchingRuleID())
                        && "memberOf".equalsIgnoreCase(filter.getAttributeName())) {
                    List<Filter> groups = new ArrayList<>();
                    for (String group : groupAndNestedGroups(filter.getAssertionValue())) {
                        groups.add(Filter.createEqualityFilter("memberOf", group));
                    }
                    return Filter.createORFilter(groups);
                }
                return filter;
            }
            default -> {
                return filter;
            }
        }
    }

    private Set<String> groupAndNestedGroups(String groupDn) throws LDAPException {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(groupDn));
        while (!toVisit.isEmpty()) {
            String group = toVisit.pop();
            if (!found.add(new DN(group).toNormalizedString())) {
                continue;
            }
            if (server == null) {
                continue;
            }
            for (SearchResultEntry nested : server.search(baseDn, SearchScope.SUB,
                    Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "group"),
                            Filter.createEqualityFilter("memberOf", group)), "1.1").getSearchEntries()) {
                toVisit.push(nested.getDN());
            }
        }
        return found;
    }
}
