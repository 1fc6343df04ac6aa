package org.adsync.directory.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.ContentSyncDoneControl;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestControl;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestMode;
import org.adsync.directory.PageHandler;
import org.adsync.directory.ReadKind;
import org.adsync.directory.ReadResult;
import org.adsync.directory.Warnings;
import org.adsync.directory.ldap.contentsync.ContentSyncDecision;
import org.adsync.directory.ldap.contentsync.CookiePosition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a server that offers RFC 4533 content synchronization (OpenLDAP with the syncprov overlay): in full, as
 * every other LDAP server, or, where the stored cookie allows ({@link ContentSyncDecision}), only what the server
 * reports changed since ({@link ContentSyncChanges}). The cookie stored after a full read is taken before the read
 * begins, so that nothing changed during the read is skipped next time.
 */
final class ContentSyncRead {

    private static final Logger LOG = Logger.getLogger(ContentSyncRead.class.getName());
    /** Matches no entry: a synchronization search for the server's current cookie alone. */
    private static final Filter NOTHING = Filter.createNOTFilter(Filter.createPresenceFilter("objectClass"));

    private final LdapSession session;
    private final LdapConnectionSettings settings;

    ContentSyncRead(LdapSession session, LdapConnectionSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    static boolean offeredBy(RootDSE root) {
        return root != null && root.supportsControl(ContentSyncRequestControl.SYNC_REQUEST_OID);
    }

    ReadResult run(PageHandler handler) throws LDAPException {
        PagedUserSearch users = LdapDirectoryReader.userSearch(session, settings, ServerKind.GENERIC_LDAP);
        Warnings warnings = new Warnings();
        ContentSyncDecision decision = ContentSyncDecision.of(settings.deltaPosition(), users.scopeDigest(),
                Instant.now(), LdapDirectoryReader.maxFullReadAge());
        if (decision.delta()) {
            ContentSyncChanges changes = new ContentSyncChanges(session.connection(), users, handler, warnings,
                    settings.pageSize(), Duration.ofSeconds(settings.responseTimeoutSeconds()));
            try {
                ContentSyncChanges.Outcome outcome = changes.since(decision.since()).plus(
                        disabledWithoutAReportedChange(users, handler, warnings));
                return new ReadResult(outcome.accountedFor(), true, warnings.asList(), session.certificate(),
                        outcome.kind(), new CookiePosition(outcome.cookie(), decision.since().fullReadAt(),
                        users.scopeDigest()).token(), decision.note());
            } catch (LDAPException e) {
                decision = refusedCookie(e, changes.handedOn()).orElseThrow(() -> e);
            }
        }
        byte[] cookie = cookieNow();
        Instant fullReadAt = Instant.now();
        PagedUserSearch.Outcome outcome = users.run(handler, warnings);
        return new ReadResult(outcome.read(), outcome.complete(), warnings.asList(), session.certificate(),
                ReadKind.FULL,
                cookie == null ? null : new CookiePosition(cookie, fullReadAt, users.scopeDigest()).token(),
                decision.note());
    }

    /**
     * The users whose disabled state changed without a change the server reported, read in full: a lock the
     * password policy overlay wrote, or a "disabled when" filter that matches by something else than the user's
     * entry, would otherwise wait for the next full read. One search for the anchors of the disabled users; those
     * the sync holds otherwise are read again.
     */
    private int disabledWithoutAReportedChange(PagedUserSearch users, PageHandler handler, Warnings warnings)
            throws LDAPException {
        List<String> differ = handler.disabledNow(users.disabledAnchors(settings.disabledFilter()));
        if (differ.isEmpty()) {
            return 0;
        }
        LOG.info(() -> differ.size() + " users' disabled state changed without a change the server reported; "
                + "read again");
        return users.runFor(differ, handler, warnings).read();
    }

    /**
     * A full read, if the server would not continue from the stored cookie and nothing reached the sync yet: it says
     * e-syncRefreshRequired when it no longer holds the changes since, and OpenLDAP refuses a cookie newer than its
     * own state (a provider restored from a backup, or another provider that is behind) as unwilling to perform.
     */
    private static Optional<ContentSyncDecision> refusedCookie(LDAPException e, boolean handedOn) {
        if (handedOn) {
            return Optional.empty();
        }
        if (e.getResultCode() == ResultCode.E_SYNC_REFRESH_REQUIRED) {
            return Optional.of(ContentSyncDecision.full("the server asked for one, as it no longer holds the "
                    + "changes since the last read"));
        }
        if (e.getResultCode() == ResultCode.UNWILLING_TO_PERFORM) {
            return Optional.of(ContentSyncDecision.full("the server would not continue from the last read ("
                    + (e.getDiagnosticMessage() == null ? "unwilling to perform" : e.getDiagnosticMessage())
                    + "; restored from a backup, or another server that is behind?)"));
        }
        return Optional.empty();
    }

    /**
     * The server's cookie as of now, from a synchronization search that matches nothing; null if the server gives
     * none (the next read is then full again, as without content synchronization).
     */
    private byte[] cookieNow() {
        SearchRequest probe = new SearchRequest(settings.baseDn(), SearchScope.BASE, NOTHING, "1.1");
        probe.addControl(new ContentSyncRequestControl(true, ContentSyncRequestMode.REFRESH_ONLY, null, false));
        try {
            SearchResult result = session.connection().search(probe);
            ContentSyncDoneControl done = ContentSyncDoneControl.get(result);
            ASN1OctetString cookie = done == null ? null : done.getCookie();
            return cookie == null ? null : cookie.getValue();
        } catch (LDAPException e) {
            LOG.log(Level.INFO, "The directory gave no synchronization cookie; the next read is full again", e);
            return null;
        }
    }
}
