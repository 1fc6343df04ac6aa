package org.adsync.directory.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

import java.util.function.Consumer;

/**
 * A small search paged through to its end: the groups of a group scope, the DNs a "disabled when" filter matches.
 * The users themselves are read by {@link PagedUserSearch}, which also tells a size limit from a cut answer.
 */
final class LdapPages {

    private LdapPages() {
    }

    static void each(LDAPConnection connection, SearchRequest request, int pageSize,
                     Consumer<SearchResultEntry> entries) throws LDAPException {
        ASN1OctetString cookie = null;
        do {
            SearchRequest page = request.duplicate();
            page.addControl(new SimplePagedResultsControl(pageSize, cookie, false));
            SearchResult result = connection.search(page);
            result.getSearchEntries().forEach(entries);
            SimplePagedResultsControl response = SimplePagedResultsControl.get(result);
            cookie = response == null ? null : response.getCookie();
        } while (cookie != null && cookie.getValueLength() > 0);
    }
}
