package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;

import java.util.HashSet;
import java.util.Set;

/**
 * What Active Directory keeps of deleted users: tombstones in CN=Deleted Objects, which keep the objectGUID and are
 * seen only with the show-deleted control, and only by a user allowed to read them.
 */
final class Tombstones {

    /** LDAP_SERVER_SHOW_DELETED_OID. */
    private static final String SHOW_DELETED = "1.2.840.113556.1.4.417";

    private final LDAPConnection connection;
    private final String container;
    private final int pageSize;

    Tombstones(LDAPConnection connection, String namingContext, int pageSize) {
        this.connection = connection;
        this.container = "CN=Deleted Objects," + namingContext;
        this.pageSize = pageSize;
    }

    /**
     * Whether the bind user may read tombstones. A domain controller answers a search of Deleted Objects it may not
     * read with no entries rather than an error (Samba shows the container without its attributes, Windows not at
     * all), which would look like "no one was deleted". The container itself carries isDeleted=TRUE: only a user
     * who may read tombstones sees it.
     */
    boolean readable() throws LDAPException {
        SearchRequest request = new SearchRequest(container, SearchScope.BASE,
                Filter.createPresenceFilter("objectClass"), "isDeleted");
        request.addControl(new Control(SHOW_DELETED, true));
        SearchResultEntry entry = connection.searchForEntry(request);
        return entry != null && "TRUE".equalsIgnoreCase(entry.getAttributeValue("isDeleted"));
    }

    /** The anchors (objectGUID) of the users deleted after that update sequence number. */
    Set<String> usersDeletedAfter(long usn) throws LDAPException {
        Set<String> anchors = new HashSet<>();
        SearchRequest request = new SearchRequest(container, SearchScope.ONE, Filter.createANDFilter(
                Filter.createEqualityFilter("isDeleted", "TRUE"), Filter.createEqualityFilter("objectClass", "user"),
                ActiveDirectoryRead.usnAbove(usn)), "objectGUID");
        request.addControl(new Control(SHOW_DELETED, true));
        LdapPages.each(connection, request, pageSize, entry -> ActiveDirectoryRead.anchorOf(
                entry.getAttributeValueBytes("objectGUID")).ifPresent(anchors::add));
        return anchors;
    }
}
