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
 */
final class GeneratedDirectory implements AutoCloseable {

    static final String PARENT = "OU=People,";
    private static final int ENTRIES_PER_UNPAGED_SEARCH = 1000;

    private final LDAPListener listener;
    private final DemoCertificate certificate;

    private GeneratedDirectory(LDAPListener listener, DemoCertificate certificate) {
        this.listener = listener;
        this.certificate = certificate;
    }

    static GeneratedDirectory start(Path keyStore, String baseDn, String bindDn, String password, int users)
            throws IOException, GeneralSecurityException {
        DemoCertificate certificate = DemoCertificate.loadOrCreate(keyStore);
        SSLUtil ssl = new SSLUtil(new KeyStoreKeyManager(certificate.keyStore().toFile(),
                certificate.keyStorePassword(), "PKCS12", DemoCertificate.ALIAS), null);
        LDAPListenerConfig config = new LDAPListenerConfig(0, new Handler(null, baseDn, bindDn, password, users));
        config.setListenAddress(InetAddress.getLoopbackAddress());
        config.setServerSocketFactory(ssl.createSSLServerSocketFactory());
        LDAPListener listener = new LDAPListener(config);
        listener.startListening();
        return new GeneratedDirectory(listener, certificate);
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
        private boolean bound;

        Handler(LDAPListenerClientConnection connection, String baseDn, String bindDn, String password, int users) {
            this.connection = connection;
            this.baseDn = baseDn;
            this.bindDn = bindDn;
            this.password = password;
            this.users = users;
        }

        @Override
        public LDAPListenerRequestHandler newInstance(LDAPListenerClientConnection client) {
            return new Handler(client, baseDn, bindDn, password, users);
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
                if (request.getBaseDN().isEmpty() && request.getScope() == SearchScope.BASE) {
                    connection.sendSearchResultEntry(messageId, rootDse());
                    return done(messageId, ResultCode.SUCCESS, null);
                }
                if (!bound) {
                    return done(messageId, ResultCode.INSUFFICIENT_ACCESS_RIGHTS, "Bind first");
                }
                SimplePagedResultsControl paging = paging(controls);
                int from = paging == null || paging.getCookie().getValueLength() == 0 ? 0
                        : Integer.parseInt(paging.getCookie().stringValue());
                int size = paging == null ? ENTRIES_PER_UNPAGED_SEARCH : paging.getSize();
                int to = Math.min(users, from + size);
                String parent = PARENT + baseDn;
                for (int index = from; index < to; index++) {
                    connection.sendSearchResultEntry(messageId, user(index).toEntry(parent));
                }
                if (paging == null) {
                    return done(messageId, to < users ? ResultCode.SIZE_LIMIT_EXCEEDED : ResultCode.SUCCESS, null);
                }
                ASN1OctetString next = new ASN1OctetString(to < users ? Integer.toString(to) : "");
                return new LDAPMessage(messageId, new SearchResultDoneProtocolOp(0, null, null, null),
                        new SimplePagedResultsControl(0, next, false));
            } catch (LDAPException e) {
                return done(messageId, e.getResultCode(), e.getMessage());
            }
        }

        private Entry rootDse() {
            Entry root = new Entry("");
            root.addAttribute("supportedCapabilities", "1.2.840.113556.1.4.800");
            root.addAttribute("defaultNamingContext", baseDn);
            root.addAttribute("supportedControl", SimplePagedResultsControl.PAGED_RESULTS_OID);
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
