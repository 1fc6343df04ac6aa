package org.adsync.directory.ldap.activedirectory;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchResultEntry;

/**
 * The domain controller that answers, as its root DSE and its NTDS Settings object say: its DNS name, its
 * invocation ID (which changes when it is restored from a backup, making its update sequence numbers mean other
 * changes) and its highest committed update sequence number, read before a search starts so that nothing committed
 * during the search is skipped by the next delta read.
 */
public record DomainController(String hostName, String invocationId, long highestCommittedUsn,
                               String defaultNamingContext) {

    /** From the root DSE read when the connection was opened (read before any search), and the NTDS Settings. */
    public static DomainController of(LDAPConnection connection, RootDSE root) throws LDAPException {
        if (root == null) {
            throw new LDAPException(ResultCode.NO_SUCH_OBJECT, "The domain controller has no root DSE");
        }
        String host = root.getAttributeValue("dnsHostName");
        String usn = root.getAttributeValue("highestCommittedUSN");
        String service = root.getAttributeValue("dsServiceName");
        String invocationId = null;
        if (service != null) {
            SearchResultEntry settings = connection.getEntry(service, "invocationId");
            byte[] id = settings == null ? null : settings.getAttributeValueBytes("invocationId");
            invocationId = id == null || id.length != 16 ? null : ActiveDirectory.guidOf(id);
        }
        return new DomainController(host, invocationId, parse(usn), root.getAttributeValue("defaultNamingContext"));
    }

    /** Whether this controller tells enough to continue a read from: its name, invocation ID and USN. */
    public boolean tracksChanges() {
        return hostName != null && invocationId != null && highestCommittedUsn >= 0 && defaultNamingContext != null;
    }

    private static long parse(String usn) {
        try {
            return usn == null ? -1 : Long.parseLong(usn.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
