package org.adsync.directory.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.PageHandler;
import org.adsync.directory.Warnings;
import org.adsync.directory.ldap.activedirectory.ActiveDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.logging.Logger;

/**
 * Reads the users in scope page by page with the Simple Paged Results control (RFC 2696), handing each page on
 * before asking for the next. A server that answers without the control has not paged: if its answer may have
 * been cut, the read is marked incomplete so that no one is deactivated for not being seen.
 */
final class PagedUserSearch {

    private static final Logger LOG = Logger.getLogger(PagedUserSearch.class.getName());

    private final LDAPConnection connection;
    private final String baseDn;
    private final GroupScope scope;
    private final Filter filter;
    private final DisabledWhen disabledWhen;
    private final ServerKind kind;
    private final int pageSize;

    PagedUserSearch(LDAPConnection connection, String baseDn, GroupScope scope, DisabledWhen disabledWhen,
                    ServerKind kind, int pageSize) {
        this(connection, baseDn, scope, scope.filter(), disabledWhen, kind, pageSize);
    }

    private PagedUserSearch(LDAPConnection connection, String baseDn, GroupScope scope, Filter filter,
                            DisabledWhen disabledWhen, ServerKind kind, int pageSize) {
        this.connection = connection;
        this.baseDn = baseDn;
        this.scope = scope;
        this.filter = filter;
        this.disabledWhen = disabledWhen;
        this.kind = kind;
        this.pageSize = pageSize;
    }

    /** The same read, of the users in scope that also match that filter (those changed since, say). */
    PagedUserSearch narrowedTo(Filter also) {
        return new PagedUserSearch(connection, baseDn, scope, Filter.createANDFilter(filter, also), disabledWhen,
                kind, pageSize);
    }

    /** Users read and whether the read is complete; warnings are added to the list given. */
    Outcome run(PageHandler handler, Warnings warnings) throws LDAPException {
        return pages(kind.attributes(), entries -> {
            List<DirectoryEntry> page = map(entries, warnings);
            handler.accept(page);
            return page.size();
        }, warnings);
    }

    /**
     * The anchors of the users in scope, page by page, without their other attributes (Active Directory's
     * objectGUID): who is there, for a read that took only the changed users in full.
     */
    Outcome listAnchors(Consumer<List<String>> anchors, Warnings warnings) throws LDAPException {
        return pages(new String[] {"objectGUID"}, entries -> {
            List<String> page = new ArrayList<>(entries.size());
            for (SearchResultEntry entry : entries) {
                byte[] guid = entry.getAttributeValueBytes("objectGUID");
                if (scope.includes(entry.getDN()) && guid != null && guid.length == 16) {
                    page.add(ActiveDirectory.guidOf(guid));
                }
            }
            anchors.accept(page);
            return page.size();
        }, warnings);
    }

    /** Each page's entries to the consumer, which answers how many users it took. */
    private Outcome pages(String[] attributes, ToIntFunction<List<SearchResultEntry>> consumer, Warnings warnings)
            throws LDAPException {
        ASN1OctetString cookie = null;
        int read = 0;
        int pages = 0;
        do {
            SearchRequest request = new SearchRequest(baseDn, SearchScope.SUB, filter, attributes);
            request.addControl(new SimplePagedResultsControl(pageSize, cookie, false));
            SearchResult result;
            try {
                result = connection.search(request);
            } catch (LDAPSearchException e) {
                if (e.getResultCode() != ResultCode.SIZE_LIMIT_EXCEEDED) {
                    throw e;
                }
                int total = read + e.getEntryCount();
                warnings.accept(pages == 0 ? "The directory cut the search at its size limit and did not page: only "
                        + total + " users were read, and no one was deactivated."
                        : "The directory stopped the paged search at a size limit after " + total + " users in "
                        + (pages == 1 ? "one page" : pages + " pages") + ": paging works, but the bind user may "
                        + "not read more in one search. Raise that user's total limit above the number of users in "
                        + "scope (OpenLDAP: olcLimits size.prtotal or size.unchecked; 389 DS: nsPagedSizeLimit); "
                        + "no one was deactivated.");
                consumer.applyAsInt(e.getSearchEntries());
                return new Outcome(total, false);
            }
            read += consumer.applyAsInt(result.getSearchEntries());
            pages++;
            SimplePagedResultsControl response = SimplePagedResultsControl.get(result);
            if (response == null) {
                boolean maybeCut = result.getEntryCount() >= pageSize;
                if (maybeCut) {
                    warnings.accept("The directory ignored the paging control after " + result.getEntryCount()
                            + " users: users not seen were not deactivated.");
                }
                return new Outcome(read, !maybeCut);
            }
            cookie = response.getCookie();
            int pageNumber = pages;
            LOG.fine(() -> "Read page " + pageNumber + " of " + baseDn + " (" + result.getEntryCount() + " entries)");
        } while (cookie != null && cookie.getValueLength() > 0);
        return new Outcome(read, true);
    }

    /** How many users in scope also match the filter given, read as DNs only. */
    int count(Filter also) throws LDAPException {
        int[] count = {0};
        LdapPages.each(connection, new SearchRequest(baseDn, SearchScope.SUB,
                Filter.createANDFilter(scope.filter(), also), "1.1"), pageSize, entry -> {
                    if (scope.includes(entry.getDN())) {
                        count[0]++;
                    }
                });
        return count[0];
    }

    private List<DirectoryEntry> map(List<SearchResultEntry> entries, Warnings warnings) {
        List<DirectoryEntry> page = new ArrayList<>(entries.size());
        for (SearchResultEntry entry : entries) {
            if (scope.includes(entry.getDN())) {
                kind.map(entry, warnings).map(disabledWhen::applyTo).ifPresent(page::add);
            }
        }
        return page;
    }

    record Outcome(int read, boolean complete) {
    }
}
