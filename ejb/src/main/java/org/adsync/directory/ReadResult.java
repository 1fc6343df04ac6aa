package org.adsync.directory;

import java.util.List;

/**
 * The end of a read. {@code complete} is false when the directory stopped early (for example a server that
 * ignored the paging control after the first page): then the users not seen must not be taken as gone.
 * {@code incremental} reads sent only what changed since the source's delta link (users who left came through
 * {@link PageHandler#removed}), so users not seen are unchanged, not gone. {@code deltaLink} is where a later read
 * may continue from, once this one's changes are stored; null where the directory has none.
 */
public record ReadResult(int entries, boolean complete, List<String> warnings, CertificateObservation certificate,
                         boolean incremental, String deltaLink) {

    /** A full read without a delta link, as LDAP directories give. */
    public ReadResult(int entries, boolean complete, List<String> warnings, CertificateObservation certificate) {
        this(entries, complete, warnings, certificate, false, null);
    }
}
