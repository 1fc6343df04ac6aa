package org.adsync.directory;

import java.util.List;

/**
 * The end of a read. {@code complete} is false when the directory stopped early (for example a server that
 * ignored the paging control after the first page): then the users not seen must not be taken as gone.
 */
public record ReadResult(int entries, boolean complete, List<String> warnings, CertificateObservation certificate) {
}
