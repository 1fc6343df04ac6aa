package org.adsync.psa.admin;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of organizations creates and what it skips, line by line (the CSV's own line numbers, the header
 * being line 1); a preview answers it without writing anything, an import after writing.
 */
public record ImportPlan(List<Created> created, List<Skipped> skipped, boolean written) implements Serializable {

    public ImportPlan {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }

    /** An organization the import creates (or created). */
    public record Created(int line, String name, String externalId) implements Serializable {
    }

    /** A line the import leaves out, and why. */
    public record Skipped(int line, String name, String reason) implements Serializable {
    }

    ImportPlan asWritten() {
        return new ImportPlan(created, skipped, true);
    }
}
