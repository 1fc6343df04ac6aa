package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.PageHandler;
import org.adsync.directory.ReadKind;
import org.adsync.directory.ReadResult;
import org.adsync.directory.Warnings;
import org.adsync.directory.ldap.activedirectory.ActiveDirectory;
import org.adsync.directory.ldap.activedirectory.ChangeReadDecision;
import org.adsync.directory.ldap.activedirectory.DomainController;
import org.adsync.directory.ldap.activedirectory.UsnPosition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an Active Directory domain: in full, or, where the stored position allows ({@link ChangeReadDecision}), only
 * what changed since the update sequence number the last read began at. A delta read hands on the users in scope
 * that changed, and reports as gone the users deleted since (tombstones in Deleted Objects, matched by objectGUID)
 * and the users that changed but are no longer in scope (moved out of the base DN, no longer matching the
 * filter); a bind user that may not read tombstones gets the changed users and a list of everyone in scope by
 * objectGUID instead, as does a change to the scoped group or a group nested in it (membership is not a change of
 * the users). The position written is the controller's USN read before any search began, so nothing
 * committed during the read is skipped next time.
 */
final class ActiveDirectoryRead {

    private static final int REMOVED_BATCH = 500;

    private final LdapSession session;
    private final LdapConnectionSettings settings;
    private final RootDSE root;

    ActiveDirectoryRead(LdapSession session, LdapConnectionSettings settings, RootDSE root) {
        this.session = session;
        this.settings = settings;
        this.root = root;
    }

    ReadResult run(PageHandler handler) throws LDAPException {
        LDAPConnection connection = session.connection();
        DomainController controller = DomainController.of(connection, root);
        ChangeReadDecision decision = ChangeReadDecision.of(settings.deltaPosition(), controller, Instant.now(),
                LdapDirectoryReader.maxFullReadAge());
        PagedUserSearch users = LdapDirectoryReader.userSearch(session, settings, ServerKind.ACTIVE_DIRECTORY);
        Warnings warnings = new Warnings();
        if (!decision.delta()) {
            Instant fullReadAt = Instant.now();
            PagedUserSearch.Outcome outcome = users.run(handler, warnings);
            return new ReadResult(outcome.read(), outcome.complete(), warnings.asList(), session.certificate(),
                    ReadKind.FULL, positionAfter(controller, fullReadAt), decision.note());
        }
        Optional<String> group = settings.groupDn() == null ? Optional.empty()
                : changedGroup(connection, controller, decision.sinceUsn());
        if (group.isPresent()) {
            return changesAndList(users, controller, decision, handler, warnings, " were read, and the members of "
                    + "the group " + group.get() + " listed by ID, since it or a group in it changed.");
        }
        Optional<Set<String>> deleted = deletedSince(connection, controller, decision.sinceUsn());
        if (deleted.isEmpty()) {
            return changesAndList(users, controller, decision, handler, warnings, " were read in full, and the "
                    + "users in scope listed by ID: the bind user may not list deleted objects, which would name the "
                    + "users deleted since.");
        }
        return changes(users, controller, decision, deleted.get(), handler, warnings);
    }

    /** The changed users in scope, and as gone: the deleted ones and those that changed but left the scope. */
    private ReadResult changes(PagedUserSearch users, DomainController controller, ChangeReadDecision decision,
                               Set<String> deleted, PageHandler handler, Warnings warnings) throws LDAPException {
        long since = decision.sinceUsn();
        Set<String> gone = new LinkedHashSet<>(deleted);
        Set<String> changedAnywhere = changedUsersSince(session.connection(), controller, since);
        Set<String> seen = new HashSet<>();
        PagedUserSearch.Outcome outcome = users.narrowedTo(usnAbove(since)).run(page -> {
            for (DirectoryEntry entry : page) {
                seen.add(entry.anchor());
            }
            handler.accept(page);
        }, warnings);
        changedAnywhere.removeAll(seen);
        gone.addAll(changedAnywhere);
        List<String> batch = new ArrayList<>(REMOVED_BATCH);
        for (String anchor : gone) {
            batch.add(anchor);
            if (batch.size() == REMOVED_BATCH) {
                handler.removed(List.copyOf(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            handler.removed(List.copyOf(batch));
        }
        return new ReadResult(outcome.read(), outcome.complete(), warnings.asList(), session.certificate(),
                ReadKind.CHANGES, positionAfter(controller, decision.fullReadAt()), decision.note());
    }

    /** The users deleted since, by objectGUID; empty when the bind user may not see deleted objects. */
    private Optional<Set<String>> deletedSince(LDAPConnection connection, DomainController controller, long since)
            throws LDAPException {
        try {
            Tombstones tombstones = new Tombstones(connection, controller.defaultNamingContext(),
                    settings.pageSize());
            return tombstones.readable() ? Optional.of(tombstones.usersDeletedAfter(since)) : Optional.empty();
        } catch (LDAPException e) {
            if (!cannotSeeDeletions(e)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /**
     * The changed users in full, then the objectGUIDs of everyone in scope, so that whoever is not listed has left as
     * after a full read; those listed that the sync does not hold yet are then read in full. For a bind user that
     * may not list Deleted Objects (AD grants it to administrators only, unless someone ran {@code dsacls
     * "CN=Deleted Objects,DC=..." /takeownership} and granted List Contents), and after a change to the scoped
     * group: joining or leaving a group changes the group's member attribute, not the user (memberOf is a back link,
     * which has no uSNChanged of its own). Still far cheaper than a full read: one attribute per unchanged user, and
     * nothing to compare or write.
     */
    private ReadResult changesAndList(PagedUserSearch users, DomainController controller, ChangeReadDecision decision,
                                      PageHandler handler, Warnings warnings, String whatWasRead)
            throws LDAPException {
        PagedUserSearch.Outcome changed = users.narrowedTo(usnAbove(decision.sinceUsn())).run(handler, warnings);
        List<String> newcomers = new ArrayList<>();
        PagedUserSearch.Outcome listed = users.listAnchors(page -> newcomers.addAll(handler.stillInScope(page)),
                warnings);
        PagedUserSearch.Outcome joined = users.runFor(newcomers, handler, warnings);
        return new ReadResult(listed.read(), changed.complete() && listed.complete() && joined.complete(),
                warnings.asList(), session.certificate(), ReadKind.LISTED,
                positionAfter(controller, decision.fullReadAt()), decision.note().replace(" were read.", whatWasRead));
    }

    private static String positionAfter(DomainController controller, Instant fullReadAt) {
        return controller.tracksChanges() ? new UsnPosition(controller.hostName(), controller.invocationId(),
                controller.highestCommittedUsn(), fullReadAt).token() : null;
    }

    /** Users anywhere in the domain that changed since, by anchor: in scope or not any more. */
    private Set<String> changedUsersSince(LDAPConnection connection, DomainController controller, long since)
            throws LDAPException {
        Set<String> anchors = new HashSet<>();
        LdapPages.each(connection, new SearchRequest(controller.defaultNamingContext(), SearchScope.SUB,
                Filter.createANDFilter(Filter.createEqualityFilter("objectCategory", "person"),
                        Filter.createEqualityFilter("objectClass", "user"), usnAbove(since)), "objectGUID"),
                settings.pageSize(), entry -> anchorOf(entry.getAttributeValueBytes("objectGUID"))
                        .ifPresent(anchors::add));
        return anchors;
    }

    /** The scoped group, or a group nested in it, if one changed since (its members, say). */
    private Optional<String> changedGroup(LDAPConnection connection, DomainController controller, long since)
            throws LDAPException {
        Set<String> tree = new HashSet<>();
        tree.add(GroupScope.normalized(settings.groupDn()));
        LdapPages.each(connection, new SearchRequest(controller.defaultNamingContext(), SearchScope.SUB,
                Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "group"),
                        ActiveDirectory.memberOfGroupInChain(settings.groupDn())), "1.1"),
                settings.pageSize(), entry -> tree.add(GroupScope.normalized(entry.getDN())));
        List<String> changed = new ArrayList<>();
        LdapPages.each(connection, new SearchRequest(controller.defaultNamingContext(), SearchScope.SUB,
                Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "group"), usnAbove(since)), "1.1"),
                settings.pageSize(), entry -> {
                    if (tree.contains(GroupScope.normalized(entry.getDN()))) {
                        changed.add(entry.getDN());
                    }
                });
        return changed.stream().findFirst().map(ActiveDirectoryRead::shortName);
    }

    private static String shortName(String dn) {
        try {
            return new DN(dn).getRDN().getAttributeValues()[0];
        } catch (LDAPException e) {
            return dn;
        }
    }

    static Filter usnAbove(long usn) {
        return Filter.createGreaterOrEqualFilter("uSNChanged", Long.toString(usn + 1));
    }

    static Optional<String> anchorOf(byte[] objectGuid) {
        return objectGuid == null || objectGuid.length != 16 ? Optional.empty()
                : Optional.of(ActiveDirectory.guidOf(objectGuid));
    }

    private static boolean cannotSeeDeletions(LDAPException e) {
        ResultCode code = e.getResultCode();
        return code == ResultCode.INSUFFICIENT_ACCESS_RIGHTS || code == ResultCode.NO_SUCH_OBJECT
                || code == ResultCode.UNAVAILABLE_CRITICAL_EXTENSION;
    }
}
