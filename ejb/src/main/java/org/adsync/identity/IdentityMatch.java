package org.adsync.identity;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import org.adsync.directory.DirectoryType;

import java.util.ArrayList;
import java.util.List;

/**
 * A synced, enabled directory user whose contact is active, with what names its tenant: the Entra tenant ID, or for
 * Active Directory the DNS domain of the sync's base DN ({@code OU=Staff,DC=corp,DC=example} is corp.example).
 */
public record IdentityMatch(long contactId, String firstName, String lastName, String email, long organizationId,
                            String organizationName, String organizationExternalId, DirectoryType directoryType,
                            String baseDn, String tenantId) {

    /** Whether the user's directory is that tenant (any, when none is given). */
    public boolean inTenant(String tenant) {
        if (tenant == null || tenant.isBlank()) {
            return true;
        }
        String wanted = tenant.strip();
        return directoryType == DirectoryType.AZURE ? wanted.equalsIgnoreCase(tenantId)
                : wanted.equalsIgnoreCase(domainOf(baseDn));
    }

    public ResolvedContact resolved() {
        return new ResolvedContact(contactId, firstName, lastName, email, organizationId, organizationName,
                organizationExternalId);
    }

    /** The DNS domain the DC components of a DN spell; empty when it has none or cannot be read. */
    static String domainOf(String dn) {
        if (dn == null) {
            return "";
        }
        try {
            List<String> labels = new ArrayList<>();
            for (RDN rdn : new DN(dn).getRDNs()) {
                if (rdn.hasAttribute("dc")) {
                    labels.add(rdn.getAttributeValues()[0]);
                }
            }
            return String.join(".", labels);
        } catch (LDAPException e) {
            return "";
        }
    }
}
