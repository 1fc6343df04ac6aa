package org.adsync.directory.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.AsyncRequestID;
import com.unboundid.ldap.sdk.BasicAsyncSearchResultListener;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchResultListener;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.PageHandler;
import org.adsync.directory.Warnings;
import org.adsync.directory.ldap.activedirectory.ActiveDirectory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private static final int ANCHORS_PER_SEARCH = 100;

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

    /**
     * The users in scope with these anchors, in full: those a listing found that the sync does not hold yet. Asked
     * for a hundred at a time, so that no filter grows past what a server takes.
     */
    Outcome runFor(List<String> anchors, PageHandler handler, Warnings warnings) throws LDAPException {
        int read = 0;
        boolean complete = true;
        for (int from = 0; from < anchors.size(); from += ANCHORS_PER_SEARCH) {
            List<Filter> guids = new ArrayList<>();
            for (String anchor : anchors.subList(from, Math.min(anchors.size(), from + ANCHORS_PER_SEARCH))) {
                guids.add(kind.anchorIs(anchor));
            }
            Outcome outcome = narrowedTo(Filter.createORFilter(guids)).run(handler, warnings);
            read += outcome.read();
            complete &= outcome.complete();
        }
        return new Outcome(read, complete);
    }

    /**
     * Each page's entries to the consumer, which answers how many users it took. The next page is asked for as soon
     * as a page's cookie is in, and arrives while the consumer writes this one: reading and writing overlap, and
     * at most two pages are held.
     */
    private Outcome pages(String[] attributes, ToIntFunction<List<SearchResultEntry>> consumer, Warnings warnings)
            throws LDAPException {
        int read = 0;
        int pages = 0;
        PendingPage pending = PendingPage.ask(connection, request(attributes, null));
        try {
            while (pending != null) {
                PendingPage arrived = pending;
                pending = null;
                SearchResult result = arrived.await();
                if (result.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                    int total = read + arrived.entries().size();
                    warnings.accept(sizeLimitWarning(pages, total));
                    consumer.applyAsInt(arrived.entries());
                    return new Outcome(total, false);
                }
                SimplePagedResultsControl response = SimplePagedResultsControl.get(result);
                ASN1OctetString cookie = response == null ? null : response.getCookie();
                if (cookie != null && cookie.getValueLength() > 0) {
                    pending = PendingPage.ask(connection, request(attributes, cookie));
                }
                read += consumer.applyAsInt(arrived.entries());
                pages++;
                if (response == null) {
                    boolean maybeCut = arrived.entries().size() >= pageSize;
                    if (maybeCut) {
                        warnings.accept("The directory ignored the paging control after " + arrived.entries().size()
                                + " users: users not seen were not deactivated.");
                    }
                    return new Outcome(read, !maybeCut);
                }
                int pageNumber = pages;
                LOG.fine(() -> "Read page " + pageNumber + " of " + baseDn + " (" + arrived.entries().size()
                        + " entries)");
            }
            return new Outcome(read, true);
        } finally {
            if (pending != null) {
                pending.abandon(); // the consumer failed: the page asked for ahead is not wanted
            }
        }
    }

    private SearchRequest request(String[] attributes, ASN1OctetString cookie) {
        SearchRequest request = new SearchRequest(new BasicAsyncSearchResultListener(), baseDn, SearchScope.SUB,
                filter, attributes);
        request.addControl(new SimplePagedResultsControl(pageSize, cookie, false));
        return request;
    }

    private static String sizeLimitWarning(int pages, int total) {
        return pages == 0 ? "The directory cut the search at its size limit and did not page: only " + total
                + " users were read, and no one was deactivated."
                : "The directory stopped the paged search at a size limit after " + total + " users in "
                + (pages == 1 ? "one page" : pages + " pages") + ": paging works, but the bind user may not read "
                + "more in one search. Raise that user's total limit above the number of users in scope "
                + "(OpenLDAP: olcLimits size.prtotal or size.unchecked; 389 DS: nsPagedSizeLimit); no one was "
                + "deactivated.";
    }

    /** The search as a server evaluates it: base DN, scope and filter; for a read that asks in its own way. */
    SearchRequest request(SearchResultListener listener, String... attributes) {
        return new SearchRequest(listener, baseDn, SearchScope.SUB, filter, attributes);
    }

    /** Whether an entry the search found is in scope (where group membership is checked here, not by the server). */
    boolean includes(String dn) {
        return scope.includes(dn);
    }

    String baseDn() {
        return baseDn;
    }

    String scopeDigest() {
        return scope.membersDigest();
    }

    String[] attributes() {
        return kind.attributes();
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

    /**
     * The anchors (entryUUIDs) of the users in scope that count as disabled now: by the server kind's own flag, or
     * by the sync's "disabled when" filter (null: none). One search that returns the anchors alone.
     */
    Set<String> disabledAnchors(String disabledFilter) throws LDAPException {
        Filter disabled = disabledFilter == null ? kind.disabledByFlag()
                : Filter.createORFilter(kind.disabledByFlag(), Filter.create(disabledFilter));
        Set<String> anchors = new HashSet<>();
        LdapPages.each(connection, new SearchRequest(baseDn, SearchScope.SUB, Filter.createANDFilter(filter,
                disabled), "entryUUID"), pageSize, entry -> {
                    String uuid = entry.getAttributeValue("entryUUID");
                    if (uuid != null && scope.includes(entry.getDN())) {
                        anchors.add(uuid.toLowerCase(java.util.Locale.ROOT));
                    }
                });
        return anchors;
    }

    /** The entries that are users in scope, as the sync takes them. */
    List<DirectoryEntry> map(List<SearchResultEntry> entries, Warnings warnings) {
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

    /** A page asked for and not taken yet: its entries arrive while the page before it is written. */
    private static final class PendingPage {

        private final LDAPConnection connection;
        private final AsyncRequestID id;
        private final BasicAsyncSearchResultListener listener;

        private PendingPage(LDAPConnection connection, AsyncRequestID id, BasicAsyncSearchResultListener listener) {
            this.connection = connection;
            this.id = id;
            this.listener = listener;
        }

        static PendingPage ask(LDAPConnection connection, SearchRequest request) throws LDAPException {
            BasicAsyncSearchResultListener listener =
                    (BasicAsyncSearchResultListener) request.getSearchResultListener();
            return new PendingPage(connection, connection.asyncSearch(request), listener);
        }

        /** The page's result once it is in; a failure other than a size limit is thrown as a search would. */
        SearchResult await() throws LDAPException {
            try {
                id.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LDAPException(ResultCode.USER_CANCELED, "Interrupted while reading the directory", e);
            }
            SearchResult result = listener.getSearchResult();
            if (result.getResultCode() != ResultCode.SUCCESS
                    && result.getResultCode() != ResultCode.SIZE_LIMIT_EXCEEDED) {
                throw new LDAPSearchException(result);
            }
            return result;
        }

        List<SearchResultEntry> entries() {
            return listener.getSearchEntries();
        }

        void abandon() {
            try {
                connection.abandon(id);
            } catch (LDAPException e) {
                LOG.fine(() -> "Could not abandon a page asked for ahead: " + e.getMessage());
            }
        }
    }
}
