package org.adsync.directory.ldap;

import com.unboundid.ldap.sdk.SearchResultEntry;
import org.adsync.directory.DirectoryEntry;

import java.util.Optional;

/** Turns one kind of server's user entries into neutral directory entries. */
interface EntryMapper {

    /** The attributes to ask for: only what is used. */
    String[] attributes();

    /** The entry, or empty with the reason given to the warnings when it cannot be used (no anchor). */
    Optional<DirectoryEntry> map(SearchResultEntry entry, java.util.function.Consumer<String> warnings);

    static String first(SearchResultEntry entry, String... names) {
        for (String name : names) {
            String value = entry.getAttributeValue(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
