package org.adsync.directory.ldap.activedirectory;

import com.unboundid.ldap.sdk.SearchResultEntry;
import org.adsync.directory.DirectoryEntry;

import java.util.Optional;
import java.util.function.Consumer;

/** Active Directory user entries: objectGUID is the anchor, userAccountControl says whether it is disabled. */
public final class ActiveDirectoryEntryMapper {

    public static final String[] ATTRIBUTES = {"objectGUID", "sAMAccountName", "userPrincipalName", "displayName",
            "givenName", "middleName", "initials", "sn", "mail", "telephoneNumber", "mobile", "title", "department",
            "userAccountControl", "whenChanged", "uSNChanged"};

    private ActiveDirectoryEntryMapper() {
    }

    public static Optional<DirectoryEntry> map(SearchResultEntry entry, Consumer<String> warnings) {
        byte[] guid = entry.getAttributeValueBytes("objectGUID");
        if (guid == null || guid.length != 16) {
            warnings.accept("Skipped " + entry.getDN() + ": its objectGUID is "
                    + (guid == null ? "missing" : guid.length + " bytes instead of 16"));
            return Optional.empty();
        }
        return Optional.of(new DirectoryEntry(ActiveDirectory.guidOf(guid), entry.getDN(),
                entry.getAttributeValue("sAMAccountName"), entry.getAttributeValue("userPrincipalName"),
                entry.getAttributeValue("displayName"), entry.getAttributeValue("givenName"),
                middleName(entry), entry.getAttributeValue("sn"), entry.getAttributeValue("mail"),
                entry.getAttributeValue("telephoneNumber"), entry.getAttributeValue("mobile"),
                entry.getAttributeValue("title"), entry.getAttributeValue("department"),
                ActiveDirectory.isDisabled(entry.getAttributeValue("userAccountControl"))));
    }

    /** middleName where the schema has it filled in; otherwise the initials, which AD's own tools fill in. */
    private static String middleName(SearchResultEntry entry) {
        String middle = entry.getAttributeValue("middleName");
        return middle != null && !middle.isBlank() ? middle : entry.getAttributeValue("initials");
    }
}
