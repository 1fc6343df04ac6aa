package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import org.adsync.directory.ldap.activedirectory.ActiveDirectory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Limits the users in scope to the members of a group, nested groups included. Active Directory evaluates nested
 * membership itself (the in-chain matching rule, which also copes with member lists too large to read at once);
 * for other servers the group tree is read once and members are checked by DN.
 */
final class GroupScope {

    private static final Filter GROUPS = Filter.createORFilter(
            Filter.createEqualityFilter("objectClass", "groupOfNames"),
            Filter.createEqualityFilter("objectClass", "groupOfUniqueNames"),
            Filter.createEqualityFilter("objectClass", "group"));

    private static final int GROUP_PAGE_SIZE = 500;

    private final Filter filter;
    private final Predicate<String> memberDn;
    private final String membersDigest;

    private GroupScope(Filter filter, Predicate<String> memberDn, String membersDigest) {
        this.filter = filter;
        this.memberDn = memberDn;
        this.membersDigest = membersDigest;
    }

    static GroupScope none(Filter userFilter) {
        return new GroupScope(userFilter, dn -> true, "-");
    }

    static GroupScope of(ServerKind kind, LDAPConnection connection, String baseDn, String groupDn,
                         Filter userFilter) throws LDAPException {
        if (connection.getEntry(groupDn, "1.1") == null) {
            throw new LDAPException(com.unboundid.ldap.sdk.ResultCode.NO_SUCH_OBJECT,
                    "The group " + groupDn + " does not exist");
        }
        if (kind == ServerKind.ACTIVE_DIRECTORY) {
            return new GroupScope(Filter.createANDFilter(userFilter, ActiveDirectory.memberOfGroupInChain(groupDn)),
                    dn -> true, "in-chain");
        }
        Set<String> members = expand(connection, namingContextOf(connection, groupDn, baseDn), groupDn);
        return new GroupScope(userFilter, dn -> members.contains(normalized(dn)), digestOf(members));
    }

    /**
     * Which users the group takes, in a few characters: a digest of the member DNs where they are read here ("-"
     * without a group). A read that continues from an earlier one compares it, since joining a group changes the
     * group's entry, not the user's.
     */
    String membersDigest() {
        return membersDigest;
    }

    private static String digestOf(Set<String> members) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            members.stream().sorted().forEach(dn -> sha256.update((dn + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha256.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    Filter filter() {
        return filter;
    }

    boolean includes(String dn) {
        return memberDn.test(dn);
    }

    /** Every member DN of the group and of the groups nested in it, normalized; cycles are harmless. */
    private static Set<String> expand(LDAPConnection connection, String baseDn, String groupDn) throws LDAPException {
        Map<String, String[]> groups = new HashMap<>();
        LdapPages.each(connection, new SearchRequest(baseDn, SearchScope.SUB, GROUPS, "member", "uniqueMember"),
                GROUP_PAGE_SIZE, group -> groups.put(normalized(group.getDN()),
                        concat(group.getAttributeValues("member"), group.getAttributeValues("uniqueMember"))));

        Set<String> members = new HashSet<>();
        Set<String> visited = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(normalized(groupDn)));
        while (!toVisit.isEmpty()) {
            String group = toVisit.pop();
            if (!visited.add(group)) {
                continue;
            }
            for (String member : groups.getOrDefault(group, new String[0])) {
                String dn = normalized(member);
                if (groups.containsKey(dn)) {
                    toVisit.push(dn);
                } else {
                    members.add(dn);
                }
            }
        }
        return members;
    }

    /**
     * The naming context that holds the DN, or the fallback: groups often live outside the users' base DN, and users
     * moved out of it are still in its naming context.
     */
    static String namingContextOf(LDAPConnection connection, String groupDn, String fallback)
            throws LDAPException {
        DN group = new DN(groupDn);
        com.unboundid.ldap.sdk.RootDSE root = connection.getRootDSE();
        String[] contexts = root == null ? null : root.getNamingContextDNs();
        if (contexts != null) {
            for (String context : contexts) {
                if (group.isDescendantOf(context, false)) {
                    return context;
                }
            }
        }
        return fallback;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] first = a == null ? new String[0] : a;
        String[] second = b == null ? new String[0] : b;
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    static String normalized(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (LDAPException e) {
            return dn.toLowerCase(java.util.Locale.ROOT);
        }
    }
}
