package org.adsync.demo.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ReadOnlySearchRequest;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a domain controller tells about its changes, for the look-alike directories that opt in: the root DSE's
 * dnsHostName, dsServiceName and highestCommittedUSN, the NTDS Settings object's invocationId, an update sequence
 * number (uSNChanged) on every entry written through {@link LookAlikeDirectory}'s change methods, and tombstones in
 * CN=Deleted Objects, visible only with the show-deleted control. Tests change the controller's name or invocation
 * ID (another DC answers, a DC restored from backup) and set its USN back.
 *
 * <p>Writes made on the server directly ({@code server().modify(...)}) get no USN: a delta read does not see them, as
 * a real DC would not fail to number them. The in-memory server compares strings, so USNs are stored zero-padded and
 * a {@code uSNChanged>=N} filter is padded alike.
 */
final class ChangeTrackingDomainController extends InMemoryOperationInterceptor {

    static final String SHOW_DELETED = "1.2.840.113556.1.4.417";
    private static final int USN_DIGITS = 15;

    private final String baseDn;
    private final String serviceDn;
    private final AtomicLong usn = new AtomicLong(12_000);
    private volatile String hostName = "dc1.look-alike.test";
    private volatile InMemoryDirectoryServer server;

    ChangeTrackingDomainController(String baseDn) {
        this.baseDn = baseDn;
        this.serviceDn = "CN=NTDS Settings,CN=DC1,CN=Servers,CN=Configuration," + baseDn;
    }

    /** Adds the containers a domain controller has: the NTDS Settings object and Deleted Objects. */
    void attach(InMemoryDirectoryServer inMemory) throws LDAPException {
        this.server = inMemory;
        String configuration = "CN=Configuration," + baseDn;
        container(configuration);
        container("CN=Servers," + configuration);
        container("CN=DC1,CN=Servers," + configuration);
        Entry settings = new Entry(serviceDn, new Attribute("objectClass", "top", "nTDSDSA"));
        settings.addAttribute("invocationId", ActiveDirectoryUser.guidBytes(UUID.randomUUID()));
        server.add(settings);
        Entry deletedObjects = new Entry(deletedObjects(), new Attribute("objectClass", "top", "container"));
        deletedObjects.addAttribute("isDeleted", "TRUE"); // as on AD: seen only with the show-deleted control
        server.add(numbered(deletedObjects));
    }

    String deletedObjects() {
        return "CN=Deleted Objects," + baseDn;
    }

    /** The entry as written now: with the next update sequence number. */
    Entry numbered(Entry entry) {
        Entry copy = entry.duplicate();
        copy.setAttribute("uSNChanged", padded(usn.incrementAndGet()));
        return copy;
    }

    /** The modifications with the next update sequence number added. */
    List<Modification> numbered(Modification... modifications) {
        List<Modification> all = new ArrayList<>(List.of(modifications));
        all.add(new Modification(ModificationType.REPLACE, "uSNChanged", padded(usn.incrementAndGet())));
        return all;
    }

    /** A tombstone for the deleted entry, as AD keeps one: the objectGUID, isDeleted, under Deleted Objects. */
    Entry tombstoneOf(Entry deleted) throws LDAPException {
        byte[] guid = deleted.getAttributeValueBytes("objectGUID");
        Entry tombstone = new Entry(new DN(new RDN("CN", deleted.getAttributeValue("cn") + " DEL:"
                + UUID.nameUUIDFromBytes(guid)), new DN(deletedObjects())));
        tombstone.addAttribute("objectClass", deleted.getAttributeValues("objectClass"));
        tombstone.addAttribute("objectGUID", guid);
        tombstone.addAttribute("isDeleted", "TRUE");
        return numbered(tombstone);
    }

    void answerAs(String host, UUID invocationId) throws LDAPException {
        hostName = host;
        server.modify(serviceDn, new Modification(ModificationType.REPLACE, "invocationId",
                ActiveDirectoryUser.guidBytes(invocationId)));
    }

    void setUsn(long value) {
        usn.set(value);
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
        ReadOnlySearchRequest original = request.getRequest();
        boolean showDeleted = original.hasControl(SHOW_DELETED);
        Filter filter = showDeleted ? padUsn(original.getFilter())
                : Filter.createANDFilter(padUsn(original.getFilter()),
                Filter.createNOTFilter(Filter.createEqualityFilter("isDeleted", "TRUE")));
        SearchRequest changed = original.duplicate();
        changed.setFilter(filter);
        if (showDeleted) {
            List<Control> kept = new ArrayList<>();
            for (Control control : original.getControls()) {
                if (!SHOW_DELETED.equals(control.getOID())) {
                    kept.add(control);
                }
            }
            changed.setControls(kept);
        }
        request.setRequest(changed);
    }

    @Override
    public void processSearchEntry(InMemoryInterceptedSearchEntry entry) {
        SearchResultEntry found = entry.getSearchEntry();
        if (!found.getDN().isEmpty()) {
            return;
        }
        Entry root = found.duplicate();
        root.setAttribute("dnsHostName", hostName);
        root.setAttribute("dsServiceName", serviceDn);
        root.setAttribute("highestCommittedUSN", Long.toString(usn.get()));
        entry.setSearchEntry(root);
    }

    private Filter padUsn(Filter filter) {
        switch (filter.getFilterType()) {
            case Filter.FILTER_TYPE_AND, Filter.FILTER_TYPE_OR -> {
                List<Filter> parts = new ArrayList<>();
                for (Filter part : filter.getComponents()) {
                    parts.add(padUsn(part));
                }
                return filter.getFilterType() == Filter.FILTER_TYPE_AND ? Filter.createANDFilter(parts)
                        : Filter.createORFilter(parts);
            }
            case Filter.FILTER_TYPE_NOT -> {
                return Filter.createNOTFilter(padUsn(filter.getNOTComponent()));
            }
            case Filter.FILTER_TYPE_GREATER_OR_EQUAL, Filter.FILTER_TYPE_LESS_OR_EQUAL -> {
                if (!"uSNChanged".equalsIgnoreCase(filter.getAttributeName())) {
                    return filter;
                }
                String value = padded(Long.parseLong(filter.getAssertionValue()));
                return filter.getFilterType() == Filter.FILTER_TYPE_GREATER_OR_EQUAL
                        ? Filter.createGreaterOrEqualFilter("uSNChanged", value)
                        : Filter.createLessOrEqualFilter("uSNChanged", value);
            }
            default -> {
                return filter;
            }
        }
    }

    private void container(String dn) throws LDAPException {
        server.add(numbered(new Entry(dn, new Attribute("objectClass", "top", "container"))));
    }

    private static String padded(long value) {
        return String.format("%0" + USN_DIGITS + "d", value);
    }
}
