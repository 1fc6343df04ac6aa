package org.adsync.directory.ldap;

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

    ACTIVE_DIRECTORY {
        @Override
        public String[] attributes() {
            return ActiveDirectoryEntryMapper.ATTRIBUTES.clone();
        }

        @Override
        public Optional<DirectoryEntry> map(SearchResultEntry entry, Consumer<String> warnings) {
            return ActiveDirectoryEntryMapper.map(entry, warnings);
        }
    },

    /** OpenLDAP, 389 Directory Server and the like: inetOrgPerson attributes, entryUUID as the anchor. */
    GENERIC_LDAP {
        @Override
        public String[] attributes() {
            return new String[] {"entryUUID", "uid", "displayName", "cn", "givenName", "initials", "sn", "mail",
                    "telephoneNumber", "mobile", "title", "departmentNumber", "nsAccountLock"};
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
                    "true".equalsIgnoreCase(entry.getAttributeValue("nsAccountLock"))));
        }
    };

    static ServerKind of(RootDSE rootDse) {
        String[] capabilities = rootDse == null ? null : rootDse.getAttributeValues("supportedCapabilities");
        boolean activeDirectory = capabilities != null
                && Arrays.asList(capabilities).contains(ActiveDirectory.CAPABILITY_OID);
        return activeDirectory ? ACTIVE_DIRECTORY : GENERIC_LDAP;
    }
}
