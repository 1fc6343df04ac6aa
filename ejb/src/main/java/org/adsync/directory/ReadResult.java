package org.adsync.directory;

import java.util.List;

/**
 * The end of a read. {@code complete} is false when the directory stopped early (for example a server that
 * ignored the paging control after the first page): then the users not seen must not be taken as gone. {@code kind}
 * says what the read covered ({@link ReadKind}). {@code deltaLink} is where a later read may continue from, once
 * this one's changes are stored; null where the directory has none. {@code note} says which read it was and why, for
 * the attempt ("Only the changes since USN 123456 on dc1 were read."); null for none.
 */
public record ReadResult(int entries, boolean complete, List<String> warnings, CertificateObservation certificate,
                         ReadKind kind, String deltaLink, String note) {

    /** A full read without a position to continue from. */
    public ReadResult(int entries, boolean complete, List<String> warnings, CertificateObservation certificate) {
        this(entries, complete, warnings, certificate, ReadKind.FULL, null, null);
    }

    /** Only what changed was read, and the users who left were named: users not seen are unchanged, not gone. */
    public boolean incremental() {
        return kind == ReadKind.CHANGES;
    }
}
