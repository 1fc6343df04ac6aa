package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchResultEntry;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.ldap.activedirectory.ActiveDirectory;
import org.adsync.directory.ldap.activedirectory.ActiveDirectoryEntryMapper;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/** Active Directory or another LDAP server, as its root DSE says; each reads its users its own way. */
enum ServerKind implements EntryMapper {

    /** Its users are people, not contacts or computers (which are also objectClass=user). */
    ACTIVE_DIRECTORY("(&(objectCategory=person)(objectClass=user))") {
        @Override
        public String[] attributes() {
            return ActiveDirectoryEntryMapper.ATTRIBUTES.clone();
        }

        @Override
        public Optional<DirectoryEntry> map(SearchResultEntry entry, Consumer<String> warnings) {
            return ActiveDirectoryEntryMapper.map(entry, warnings);
        }

        @Override
        Filter anchorIs(String anchor) {
            return Filter.createEqualityFilter("objectGUID", ActiveDirectory.objectGuidOf(anchor));
        }

        @Override
        Filter disabledByFlag() {
            return Filter.createExtensibleMatchFilter("userAccountControl", "1.2.840.113556.1.4.803", false, "2");
        }
    },

    /**
     * OpenLDAP, 389 Directory Server and the like: inetOrgPerson attributes, entryUUID as the anchor. Disabled is
     * how each keeps it: 389 DS's {@code nsAccountLock}, and OpenLDAP's password policy lock for good
     * ({@code pwdAccountLockedTime} of 000001010000Z). A lock after failed passwords is a security measure, not a
     * person who left: the contact stays active, unless the sync's "disabled when" filter counts such locks.
     */
    GENERIC_LDAP("(objectClass=inetOrgPerson)") {
        @Override
        public String[] attributes() {
            return new String[] {"entryUUID", "uid", "displayName", "cn", "givenName", "initials", "sn", "mail",
                    "telephoneNumber", "mobile", "title", "departmentNumber", "nsAccountLock",
                    PERMANENT_LOCK_ATTRIBUTE};
        }

        @Override
        public Optional<DirectoryEntry> map(SearchResultEntry entry, Consumer<String> warnings) {
            String uuid = entry.getAttributeValue("entryUUID");
            if (uuid == null || uuid.isBlank()) {
                warnings.accept("Skipped " + entry.getDN() + ": it has no entryUUID to follow it by");
                return Optional.empty();
            }
            return Optional.of(new DirectoryEntry(uuid.toLowerCase(java.util.Locale.ROOT), entry.getDN(),
                    entry.getAttributeValue("uid"), null, EntryMapper.first(entry, "displayName", "cn"),
                    entry.getAttributeValue("givenName"), entry.getAttributeValue("initials"),
                    entry.getAttributeValue("sn"), entry.getAttributeValue("mail"),
                    entry.getAttributeValue("telephoneNumber"), entry.getAttributeValue("mobile"),
                    entry.getAttributeValue("title"), entry.getAttributeValue("departmentNumber"),
                    disabled(entry)));
        }

        @Override
        Filter anchorIs(String anchor) {
            return Filter.createEqualityFilter("entryUUID", anchor);
        }

        @Override
        Filter disabledByFlag() {
            return Filter.createORFilter(Filter.createEqualityFilter("nsAccountLock", "true"),
                    Filter.createEqualityFilter(PERMANENT_LOCK_ATTRIBUTE, PERMANENT_LOCK));
        }

        private boolean disabled(SearchResultEntry entry) {
            return "true".equalsIgnoreCase(entry.getAttributeValue("nsAccountLock"))
                    || PERMANENT_LOCK.equals(entry.getAttributeValue(PERMANENT_LOCK_ATTRIBUTE));
        }
    };

    private final String usualFilter;

    ServerKind(String usualFilter) {
        this.usualFilter = usualFilter;
    }

    /** The filter that finds the entry with this anchor. */
    abstract Filter anchorIs(String anchor);

    /** The filter that finds the users this kind's own flag marks disabled, as {@link #map} reads it. */
    abstract Filter disabledByFlag();

    /** The filter that finds this kind's users, for a sync that sets none. */
    String usualFilter() {
        return usualFilter;
    }

    /** The ppolicy overlay's lock time; this value means locked until an administrator unlocks the account. */
    static final String PERMANENT_LOCK_ATTRIBUTE = "pwdAccountLockedTime";
    private static final String PERMANENT_LOCK = "000001010000Z";
    /** Accounts the password policy locked after failed passwords, which do not count as disabled. */
    static final Filter LOCKED_AFTER_FAILED_PASSWORDS = Filter.createANDFilter(
            Filter.createPresenceFilter(PERMANENT_LOCK_ATTRIBUTE),
            Filter.createNOTFilter(Filter.createEqualityFilter(PERMANENT_LOCK_ATTRIBUTE, PERMANENT_LOCK)));

    static ServerKind of(RootDSE rootDse) {
        String[] capabilities = rootDse == null ? null : rootDse.getAttributeValues("supportedCapabilities");
        boolean activeDirectory = capabilities != null
                && Arrays.asList(capabilities).contains(ActiveDirectory.CAPABILITY_OID);
        return activeDirectory ? ACTIVE_DIRECTORY : GENERIC_LDAP;
    }
}
