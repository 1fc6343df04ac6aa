package org.adsync.directory.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.AsyncRequestID;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.IntermediateResponse;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.ContentSyncDoneControl;
import com.unboundid.ldap.sdk.controls.ContentSyncInfoIntermediateResponse;
import com.unboundid.ldap.sdk.controls.ContentSyncInfoType;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestControl;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestMode;
import com.unboundid.ldap.sdk.controls.ContentSyncState;
import com.unboundid.ldap.sdk.controls.ContentSyncStateControl;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.PageHandler;
import org.adsync.directory.ReadKind;
import org.adsync.directory.Warnings;
import org.adsync.directory.ldap.contentsync.CookiePosition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One refresh-only content-synchronization search (RFC 4533) from a cookie, turned into what the sync takes: the
 * users added or changed since (in pages), and then either a delete phase (the server names the entries deleted
 * since: only those are gone) or a present phase (the server names every unchanged entry in scope: whoever is
 * neither changed nor present is gone, as after a full read). A delete phase does not name users modified out of
 * the filter or moved out of the base DN; those are found as on Active Directory: entries changed since the cookie's
 * change sequence number anywhere in the naming context, that are not in scope now.
 */
final class ContentSyncChanges {

    private static final int BATCH = 500;
    private static final int ANCHORS_PER_SEARCH = 100;

    private final LDAPConnection connection;
    private final PagedUserSearch users;
    private final PageHandler handler;
    private final Warnings warnings;
    private final int pageSize;
    private final Duration idleTimeout;
    private final List<SearchResultEntry> changed = new ArrayList<>();
    private final List<String> present = new ArrayList<>();
    private final List<String> gone = new ArrayList<>();
    private final List<String> newcomers = new ArrayList<>();
    /** Changed users in scope: few, as a delta has few. */
    private final Set<String> changedInScope = new HashSet<>();
    private int read;
    private int listed;
    private boolean handedOn;
    private ASN1OctetString lastCookie;

    ContentSyncChanges(LDAPConnection connection, PagedUserSearch users, PageHandler handler, Warnings warnings,
                       int pageSize, Duration idleTimeout) {
        this.connection = connection;
        this.users = users;
        this.handler = handler;
        this.warnings = warnings;
        this.pageSize = pageSize;
        this.idleTimeout = idleTimeout;
    }

    /** Whether anything reached the handler: after that, a failed read cannot simply be retried in full. */
    boolean handedOn() {
        return handedOn;
    }

    Outcome since(CookiePosition position) throws LDAPException {
        lastCookie = new ASN1OctetString(position.cookie());
        SyncResponses responses = new SyncResponses(idleTimeout);
        SearchRequest request = users.request(responses, users.attributes());
        request.setResponseTimeoutMillis(0L); // no limit for the whole search: SyncResponses watches for silence
        request.addControl(new ContentSyncRequestControl(true, ContentSyncRequestMode.REFRESH_ONLY, lastCookie,
                false));
        request.setIntermediateResponseListener(responses);
        AsyncRequestID id = connection.asyncSearch(request);
        SearchResult result;
        try {
            result = take(responses);
        } catch (LDAPException | RuntimeException e) {
            responses.abandon();
            abandonQuietly(id);
            throw e;
        }
        if (result.getResultCode() != ResultCode.SUCCESS) {
            throw new LDAPException(result);
        }
        ContentSyncDoneControl done = ContentSyncDoneControl.get(result);
        if (done != null && done.getCookie() != null) {
            lastCookie = done.getCookie();
        }
        // without the done control the phase is unknown: only what the server named as deleted counts as gone
        boolean deletePhase = done == null || done.refreshDeletes();
        flushChanged();
        flushPresent();
        int accountedFor = deletePhase ? read : read + listed; // newcomers were listed: counted once
        read += users.runFor(newcomers, page -> {
            handedOn = true;
            handler.accept(page);
        }, warnings).read();
        if (deletePhase) {
            gone.addAll(leftScopeSince(position.oldestChangeSequenceNumber().orElseThrow()));
        }
        flushGone(0);
        return new Outcome(read, deletePhase ? read : accountedFor, deletePhase ? ReadKind.CHANGES : ReadKind.LISTED,
                lastCookie.getValue());
    }

    private SearchResult take(SyncResponses responses) throws LDAPException {
        while (true) {
            Object answer = responses.next();
            if (answer instanceof SearchResult result) {
                return result;
            }
            if (answer instanceof SearchResultEntry entry) {
                entry(entry);
            } else if (answer instanceof IntermediateResponse response
                    && ContentSyncInfoIntermediateResponse.SYNC_INFO_OID.equals(response.getOID())) {
                info(ContentSyncInfoIntermediateResponse.decode(response));
            }
        }
    }

    private void entry(SearchResultEntry entry) throws LDAPException {
        ContentSyncStateControl state = ContentSyncStateControl.get(entry);
        ContentSyncState kind = state == null ? ContentSyncState.ADD : state.getState();
        if (kind == ContentSyncState.PRESENT) {
            if (users.includes(entry.getDN())) {
                present.add(anchorOf(state.getEntryUUID()));
                if (present.size() >= BATCH) {
                    flushPresent();
                }
            }
        } else if (kind == ContentSyncState.DELETE) {
            gone.add(anchorOf(state.getEntryUUID()));
            flushGone(BATCH);
        } else {
            changed.add(entry);
            if (changed.size() >= pageSize) {
                flushChanged();
            }
        }
    }

    private void info(ContentSyncInfoIntermediateResponse info) {
        if (info.getCookie() != null) {
            lastCookie = info.getCookie();
        }
        if (info.getType() != ContentSyncInfoType.SYNC_ID_SET) {
            return;
        }
        for (UUID uuid : info.getEntryUUIDs()) {
            (info.refreshDeletes() ? gone : present).add(anchorOf(uuid));
        }
        flushGone(BATCH);
        if (present.size() >= BATCH) {
            flushPresent();
        }
    }

    /** Changed entries in scope go to the sync; changed ones out of it left (renamed out of the group's DNs, say). */
    private void flushChanged() {
        if (changed.isEmpty()) {
            return;
        }
        List<DirectoryEntry> page = users.map(changed, warnings);
        page.forEach(user -> changedInScope.add(user.anchor()));
        for (SearchResultEntry entry : changed) {
            String uuid = uuidOf(entry);
            if (uuid != null && !users.includes(entry.getDN())) {
                gone.add(uuid);
            }
        }
        changed.clear();
        read += page.size();
        handedOn = true;
        handler.accept(page);
    }

    private void flushPresent() {
        if (!present.isEmpty()) {
            listed += present.size();
            newcomers.addAll(handler.stillInScope(List.copyOf(present)));
            present.clear();
        }
    }

    private void flushGone(int atLeast) {
        if (!gone.isEmpty() && gone.size() >= atLeast) {
            handedOn = true;
            handler.removed(List.copyOf(gone));
            gone.clear();
        }
    }

    /**
     * Entries changed since the change sequence number anywhere in the naming context that are not users in scope
     * now, by entryUUID: moved out of the base DN or modified out of the filter, which a delete phase does not name.
     */
    private List<String> leftScopeSince(String changeSequenceNumber) throws LDAPException {
        List<String> candidates = new ArrayList<>();
        LdapPages.each(connection, new SearchRequest(GroupScope.namingContextOf(connection, users.baseDn(),
                users.baseDn()), SearchScope.SUB,
                Filter.createGreaterOrEqualFilter("entryCSN", changeSequenceNumber), "entryUUID"), pageSize,
                entry -> {
                    String uuid = uuidOf(entry);
                    if (uuid != null && !changedInScope.contains(uuid)) {
                        candidates.add(uuid);
                    }
                });
        List<String> left = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += ANCHORS_PER_SEARCH) {
            List<String> batch = candidates.subList(from, Math.min(candidates.size(), from + ANCHORS_PER_SEARCH));
            Set<String> stillIn = inScopeNow(batch);
            batch.stream().filter(anchor -> !stillIn.contains(anchor)).forEach(left::add);
        }
        return left;
    }

    private Set<String> inScopeNow(List<String> anchors) throws LDAPException {
        List<Filter> any = new ArrayList<>();
        anchors.forEach(anchor -> any.add(ServerKind.GENERIC_LDAP.anchorIs(anchor)));
        Set<String> found = new HashSet<>();
        SearchRequest request = users.request(null, "entryUUID");
        request.setFilter(Filter.createANDFilter(request.getFilter(), Filter.createORFilter(any)));
        for (SearchResultEntry entry : connection.search(request).getSearchEntries()) {
            if (users.includes(entry.getDN()) && uuidOf(entry) != null) {
                found.add(uuidOf(entry));
            }
        }
        return found;
    }

    private void abandonQuietly(AsyncRequestID id) {
        try {
            connection.abandon(id);
        } catch (LDAPException e) {
            // the connection is closed after a failed read anyway
        }
    }

    /** The anchor of an entry read with its entryUUID, as {@link ServerKind#GENERIC_LDAP} makes it; null without. */
    private static String uuidOf(SearchResultEntry entry) {
        String uuid = entry.getAttributeValue("entryUUID");
        return uuid == null ? null : uuid.toLowerCase(Locale.ROOT);
    }

    private static String anchorOf(UUID entryUuid) {
        return entryUuid.toString();
    }

    /**
     * The users read in full; the users in scope the read accounts for (after a present phase, those listed as well:
     * a listing with no one in it is as suspect as an empty full read); what the read covered.
     */
    record Outcome(int read, int accountedFor, ReadKind kind, byte[] cookie) {

        /** The same read, with that many users more read in full after it. */
        Outcome plus(int moreRead) {
            return new Outcome(read + moreRead, accountedFor + moreRead, kind, cookie);
        }
    }
}
