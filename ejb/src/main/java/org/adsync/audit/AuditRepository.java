package org.adsync.audit;

import java.time.Instant;
import java.util.List;

/** Port to the stored audit trail; read a page at a time, newest first. */
public interface AuditRepository {

    void add(AuditEvent event);

    List<AuditEvent> find(AuditQuery query, int first, int max);

    long count(AuditQuery query);

    /** Removes the events before that time; answers how many. */
    int removeBefore(Instant cutoff);
}
