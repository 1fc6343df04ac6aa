package org.adsync.it.benchmark;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.listener.LDAPListener;
import com.unboundid.ldap.listener.LDAPListenerClientConnection;
import com.unboundid.ldap.listener.LDAPListenerConfig;
import com.unboundid.ldap.listener.LDAPListenerRequestHandler;
import com.unboundid.ldap.protocol.AddRequestProtocolOp;
import com.unboundid.ldap.protocol.AddResponseProtocolOp;
import com.unboundid.ldap.protocol.BindRequestProtocolOp;
import com.unboundid.ldap.protocol.BindResponseProtocolOp;
import com.unboundid.ldap.protocol.CompareRequestProtocolOp;
import com.unboundid.ldap.protocol.CompareResponseProtocolOp;
import com.unboundid.ldap.protocol.DeleteRequestProtocolOp;
import com.unboundid.ldap.protocol.DeleteResponseProtocolOp;
import com.unboundid.ldap.protocol.ExtendedRequestProtocolOp;
import com.unboundid.ldap.protocol.ExtendedResponseProtocolOp;
import com.unboundid.ldap.protocol.LDAPMessage;
import com.unboundid.ldap.protocol.ModifyDNRequestProtocolOp;
import com.unboundid.ldap.protocol.ModifyDNResponseProtocolOp;
import com.unboundid.ldap.protocol.ModifyRequestProtocolOp;
import com.unboundid.ldap.protocol.ModifyResponseProtocolOp;
import com.unboundid.ldap.protocol.SearchRequestProtocolOp;
import com.unboundid.ldap.protocol.SearchResultDoneProtocolOp;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.DemoCertificate;
import org.adsync.demo.directory.LookAlikeDirectory;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.UUID;

/**
 * An Active Directory stand-in for the benchmark, over LDAPS on loopback: its users are made up from their index
 * as they are sent, so it holds none of them in memory, and a paged search continues from a cookie that says
 * where the last page ended, as a domain controller's cursor does. UnboundID's in-memory server instead evaluates
 * the whole directory again for every page, which would make the benchmark measure the test double.
 *
 * <p>It numbers its changes as a domain controller does ({@link #changeOnePercent()}): every user has update sequence
 * number {@value #FIRST_USN}, and after the change 1% of them (renamed), 0.1% each disabled, deleted (a tombstone in
 * Deleted Objects), moved out of OU=People and added have {@value #CHANGED_USN}, so a delta read finds just those.
 */
final class GeneratedDirectory implements AutoCloseable {

    static final String PARENT = "OU=People,";
    private static final String ELSEWHERE = "OU=Elsewhere,";
    private static final int ENTRIES_PER_UNPAGED_SEARCH = 1000;
    private static final long FIRST_USN = 1000;
    private static final long CHANGED_USN = 2000;
    private static final String INVOCATION_ID = "3f0c6f51-6f4f-4a57-9a07-0d6a4be1b0c5";

    private final LDAPListener listener;
    private final DemoCertificate certificate;
    private final Handler handler;

    private GeneratedDirectory(LDAPListener listener, DemoCertificate certificate, Handler handler) {
        this.listener = listener;
        this.certificate = certificate;
        this.handler = handler;
    }

    /** Renames 1% of the users and disables, deletes, moves out and adds 0.1% each, as one batch of changes. */
    void changeOnePercent() {
        handler.changes.changed = true;
    }

    static GeneratedDirectory start(Path keyStore, String baseDn, String bindDn, String password, int users)
            throws IOException, GeneralSecurityException {
        DemoCertificate certificate = DemoCertificate.loadOrCreate(keyStore);
        SSLUtil ssl = new SSLUtil(new KeyStoreKeyManager(certificate.keyStore().toFile(),
                certificate.keyStorePassword(), "PKCS12", DemoCertificate.ALIAS), null);
        Handler handler = new Handler(null, baseDn, bindDn, password, users, new Changes());
        LDAPListenerConfig config = new LDAPListenerConfig(0, handler);
        config.setListenAddress(InetAddress.getLoopbackAddress());
        config.setServerSocketFactory(ssl.createSSLServerSocketFactory());
        LDAPListener listener = new LDAPListener(config);
        listener.startListening();
        return new GeneratedDirectory(listener, certificate, handler);
    }

    int port() {
        return listener.getListenPort();
    }

    String certificatePem() throws GeneralSecurityException, IOException {
        return LookAlikeDirectory.pemOf(certificate);
    }

    /** The user at that index; the same index always gives the same user, so a second read changes nothing. */
    static ActiveDirectoryUser user(int index) {
        String account = "user" + index;
        return new ActiveDirectoryUser(new UUID(0xADADADADL, index), "First" + index + " Last" + (index % 997),
                account, account + "@bench.example", "First" + index, null, "Last" + (index % 997),
                account + "@bench.example", "+1 555 " + index, null, "Title " + (index % 50), "Dept",
                ActiveDirectoryUser.NORMAL_ACCOUNT, List.of());
    }

    @Override
    public void close() {
        listener.shutDown(true);
    }

    /** What happened to a user in the batch of changes. */
    enum Kind { SAME, RENAMED, DISABLED, DELETED, MOVED }

    /** Whether the batch of changes happened; shared by every connection's handler. */
    static final class Changes {
        volatile boolean changed;

        static Kind kind(int index) {
            if (index % 1000 == 13) {
                return Kind.DELETED;
            }
            if (index % 1000 == 17) {
                return Kind.MOVED;
            }
            if (index % 1000 == 19) {
                return Kind.DISABLED;
            }
            return index % 100 == 7 ? Kind.RENAMED : Kind.SAME;
        }
    }

    /** One per client connection; remembers whether the connection has bound as the service account. */
    private static final class Handler extends LDAPListenerRequestHandler {

        /** Every write gets the answer of a read-only domain controller. */
        private static final int UNWILLING = ResultCode.UNWILLING_TO_PERFORM.intValue();
        private static final String READ_ONLY = "This directory is read-only";

        private final LDAPListenerClientConnection connection;
        private final String baseDn;
        private final String bindDn;
        private final String password;
        private final int users;
        private final Changes changes;
        private boolean bound;

        Handler(LDAPListenerClientConnection connection, String baseDn, String bindDn, String password, int users,
                Changes changes) {
            this.connection = connection;
            this.baseDn = baseDn;
            this.bindDn = bindDn;
            this.password = password;
            this.users = users;
            this.changes = changes;
        }

        @Override
        public LDAPListenerRequestHandler newInstance(LDAPListenerClientConnection client) {
            return new Handler(client, baseDn, bindDn, password, users, changes);
        }

        @Override
        public LDAPMessage processBindRequest(int messageId, BindRequestProtocolOp request, List<Control> controls) {
            ASN1OctetString given = request.getSimplePassword();
            bound = bindDn.equalsIgnoreCase(request.getBindDN()) && given != null
                    && password.equals(given.stringValue());
            ResultCode result = bound ? ResultCode.SUCCESS : ResultCode.INVALID_CREDENTIALS;
            return new LDAPMessage(messageId, new BindResponseProtocolOp(result.intValue(), null, null, null, null));
        }

        @Override
        public LDAPMessage processSearchRequest(int messageId, SearchRequestProtocolOp request,
                                                List<Control> controls) {
            try {
                String base = request.getBaseDN();
                if (base.isEmpty() && request.getScope() == SearchScope.BASE) {
                    connection.sendSearchResultEntry(messageId, rootDse());
                    return done(messageId, ResultCode.SUCCESS, null);
                }
                if (!bound) {
                    return done(messageId, ResultCode.INSUFFICIENT_ACCESS_RIGHTS, "Bind first");
                }
                if (base.equalsIgnoreCase(serviceDn())) {
                    Entry settings = new Entry(serviceDn());
                    settings.addAttribute("invocationId", ActiveDirectoryUser.guidBytes(UUID.fromString(
                            INVOCATION_ID)));
                    connection.sendSearchResultEntry(messageId, settings);
                    return done(messageId, ResultCode.SUCCESS, null);
                }
                if (base.regionMatches(true, 0, "CN=Deleted Objects,", 0, 19)) {
                    return deletedObjects(messageId, request);
                }
                if (request.getFilter().toString().contains("objectClass=group")) {
                    return done(messageId, ResultCode.SUCCESS, null); // no groups here
                }
                return users(messageId, request, controls, base.regionMatches(true, 0, PARENT, 0, PARENT.length()));
            } catch (LDAPException e) {
                return done(messageId, e.getResultCode(), e.getMessage());
            }
        }

        /** The users a search asks for, from the index the cookie says, as many as the page holds. */
        private LDAPMessage users(int messageId, SearchRequestProtocolOp request, List<Control> controls,
                                  boolean peopleOnly) throws LDAPException {
            long since = usnAtLeast(request.getFilter());
            SimplePagedResultsControl paging = paging(controls);
            int from = paging == null || paging.getCookie().getValueLength() == 0 ? 0
                    : Integer.parseInt(paging.getCookie().stringValue());
            int size = paging == null ? ENTRIES_PER_UNPAGED_SEARCH : paging.getSize();
            int end = users + (changes.changed ? users / 1000 : 0);
            int sent = 0;
            int index = from;
            for (; index < end && sent < size; index++) {
                Kind kind = changes.changed && index < users ? Changes.kind(index) : Kind.SAME;
                boolean added = index >= users;
                long usn = added || kind != Kind.SAME ? CHANGED_USN : FIRST_USN;
                if (kind == Kind.DELETED || (peopleOnly && kind == Kind.MOVED) || usn < since) {
                    continue;
                }
                connection.sendSearchResultEntry(messageId, entry(index, kind));
                sent++;
            }
            if (paging == null) {
                return done(messageId, index < end ? ResultCode.SIZE_LIMIT_EXCEEDED : ResultCode.SUCCESS, null);
            }
            ASN1OctetString next = new ASN1OctetString(index < end ? Integer.toString(index) : "");
            return new LDAPMessage(messageId, new SearchResultDoneProtocolOp(0, null, null, null),
                    new SimplePagedResultsControl(0, next, false));
        }

        private Entry entry(int index, Kind kind) throws LDAPException {
            ActiveDirectoryUser user = user(index);
            if (kind == Kind.RENAMED) {
                user = user.withName(user.givenName() + "-renamed", null, user.surname());
            } else if (kind == Kind.DISABLED) {
                user = user.disabled();
            }
            return user.toEntry((kind == Kind.MOVED ? ELSEWHERE : PARENT) + baseDn);
        }

        /** The container (isDeleted, for a user allowed to see it) and, one level down, the tombstones. */
        private LDAPMessage deletedObjects(int messageId, SearchRequestProtocolOp request) throws LDAPException {
            if (request.getScope() == SearchScope.BASE) {
                Entry container = new Entry(request.getBaseDN());
                container.addAttribute("isDeleted", "TRUE");
                connection.sendSearchResultEntry(messageId, container);
                return done(messageId, ResultCode.SUCCESS, null);
            }
            if (changes.changed && usnAtLeast(request.getFilter()) <= CHANGED_USN) {
                for (int index = 13; index < users; index += 1000) {
                    Entry tombstone = new Entry("CN=Deleted " + index + "," + request.getBaseDN());
                    tombstone.addAttribute("objectGUID", ActiveDirectoryUser.guidBytes(user(index).objectGuid()));
                    tombstone.addAttribute("isDeleted", "TRUE");
                    connection.sendSearchResultEntry(messageId, tombstone);
                }
            }
            return done(messageId, ResultCode.SUCCESS, null);
        }

        /** The N of a (uSNChanged>=N) in the filter; 0 when it asks for every user. */
        private static long usnAtLeast(com.unboundid.ldap.sdk.Filter filter) {
            if (filter.getFilterType() == com.unboundid.ldap.sdk.Filter.FILTER_TYPE_GREATER_OR_EQUAL
                    && "uSNChanged".equalsIgnoreCase(filter.getAttributeName())) {
                return Long.parseLong(filter.getAssertionValue());
            }
            long most = 0;
            for (com.unboundid.ldap.sdk.Filter part : filter.getComponents()) {
                most = Math.max(most, usnAtLeast(part));
            }
            return most;
        }

        private String serviceDn() {
            return "CN=NTDS Settings,CN=GEN1,CN=Servers,CN=Configuration," + baseDn;
        }

        private Entry rootDse() {
            Entry root = new Entry("");
            root.addAttribute("supportedCapabilities", "1.2.840.113556.1.4.800");
            root.addAttribute("defaultNamingContext", baseDn);
            root.addAttribute("supportedControl", SimplePagedResultsControl.PAGED_RESULTS_OID);
            root.addAttribute("dnsHostName", "gen1.bench.example");
            root.addAttribute("dsServiceName", serviceDn());
            root.addAttribute("highestCommittedUSN", Long.toString(changes.changed ? CHANGED_USN : FIRST_USN));
            return root;
        }

        private static SimplePagedResultsControl paging(List<Control> controls) throws LDAPException {
            for (Control control : controls) {
                if (SimplePagedResultsControl.PAGED_RESULTS_OID.equals(control.getOID())) {
                    return new SimplePagedResultsControl(control.getOID(), control.isCritical(), control.getValue());
                }
            }
            return null;
        }

        private static LDAPMessage done(int messageId, ResultCode result, String message) {
            return new LDAPMessage(messageId, new SearchResultDoneProtocolOp(result.intValue(), null, message, null));
        }

        @Override
        public LDAPMessage processAddRequest(int messageId, AddRequestProtocolOp request, List<Control> controls) {
            return new LDAPMessage(messageId, new AddResponseProtocolOp(UNWILLING, null, READ_ONLY, null));
        }

        @Override
        public LDAPMessage processCompareRequest(int messageId, CompareRequestProtocolOp request,
                                                 List<Control> controls) {
            return new LDAPMessage(messageId, new CompareResponseProtocolOp(UNWILLING, null, READ_ONLY, null));
        }

        @Override
        public LDAPMessage processDeleteRequest(int messageId, DeleteRequestProtocolOp request,
                                                List<Control> controls) {
            return new LDAPMessage(messageId, new DeleteResponseProtocolOp(UNWILLING, null, READ_ONLY, null));
        }

        @Override
        public LDAPMessage processExtendedRequest(int messageId, ExtendedRequestProtocolOp request,
                                                  List<Control> controls) {
            return new LDAPMessage(messageId, new ExtendedResponseProtocolOp(UNWILLING, null,
                    "Not supported", null, null, null));
        }

        @Override
        public LDAPMessage processModifyRequest(int messageId, ModifyRequestProtocolOp request,
                                                List<Control> controls) {
            return new LDAPMessage(messageId, new ModifyResponseProtocolOp(UNWILLING, null, READ_ONLY, null));
        }

        @Override
        public LDAPMessage processModifyDNRequest(int messageId, ModifyDNRequestProtocolOp request,
                                                  List<Control> controls) {
            return new LDAPMessage(messageId, new ModifyDNResponseProtocolOp(UNWILLING, null, READ_ONLY, null));
        }
    }
}
