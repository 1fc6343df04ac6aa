package org.adsync.sync;

import org.adsync.directory.DirectoryEntry;

import java.util.List;
import java.util.Optional;

/**
 * Removes from directory values what no name, address or title needs and what can deceive a reader: C0 and C1
 * control characters (a tab aside) and the bidirectional embeddings, overrides and isolates that make text read
 * in another order than it is stored ("Trojan Source"). Counts the users it cleaned, for the attempt's warnings.
 * Not thread-safe: one per sync run, whose pages come one after another.
 */
public final class UnsafeCharacters {

    private int usersCleaned;

    public List<DirectoryEntry> cleaned(List<DirectoryEntry> page) {
        return page.stream().map(this::cleaned).toList();
    }

    public Optional<String> warning() {
        return usersCleaned == 0 ? Optional.empty() : Optional.of(usersCleaned + (usersCleaned == 1
                ? " user had" : " users had") + " control characters or bidirectional overrides in their "
                + "attributes; they were removed from the values stored.");
    }

    private DirectoryEntry cleaned(DirectoryEntry entry) {
        String[] values = {entry.dn(), entry.accountName(), entry.userPrincipalName(), entry.displayName(),
                entry.firstName(), entry.middleName(), entry.lastName(), entry.email(), entry.phone(),
                entry.mobilePhone(), entry.title(), entry.department()};
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            String clean = removedFrom(values[i]);
            any |= clean != values[i];
            values[i] = clean;
        }
        if (!any) {
            return entry;
        }
        usersCleaned++;
        return new DirectoryEntry(entry.anchor(), values[0], values[1], values[2], values[3], values[4], values[5],
                values[6], values[7], values[8], values[9], values[10], values[11], entry.disabled());
    }

    /** The value without unsafe characters; the same instance when it had none. */
    static String removedFrom(String value) {
        if (value == null || value.chars().noneMatch(UnsafeCharacters::unsafe)) {
            return value;
        }
        StringBuilder safe = new StringBuilder(value.length());
        value.chars().filter(c -> !unsafe(c)).forEach(c -> safe.append((char) c));
        return safe.toString();
    }

    private static boolean unsafe(int c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
